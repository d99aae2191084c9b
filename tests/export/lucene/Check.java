import java.nio.file.*;
import java.util.*;
import org.apache.lucene.analysis.*;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * seckb export's OpenSearch analysis run through Lucene's own filters (tests/export/lucene.test.ts).
 * Argument: a folder with pattern.txt, replacement.txt (seckb_pl_stem), stop.txt, synonyms.txt
 * (seckb_glossary rules). Each stdin line is printed as its tokens through seckb_pl, seckb_en and
 * seckb_pl_search, tab-separated.
 */
public class Check {
  static List<String> tokens(Analyzer a, String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(t.toString());
      ts.end();
    }
    return out;
  }
  public static void main(String[] args) throws Exception {
    Path dir = Paths.get(args[0]);
    String pattern = Files.readString(dir.resolve("pattern.txt"));
    String replacement = Files.readString(dir.resolve("replacement.txt"));
    Analyzer pl = CustomAnalyzer.builder(dir).withTokenizer("standard").addTokenFilter("lowercase")
      .addTokenFilter("stop", "words", "stop.txt").addTokenFilter("patternReplace", "pattern", pattern, "replacement", replacement, "replace", "first")
      .addTokenFilter("asciiFolding").build();
    Analyzer en = CustomAnalyzer.builder(dir).withTokenizer("standard").addTokenFilter("lowercase")
      .addTokenFilter("stop", "words", "stop.txt").addTokenFilter("snowballPorter", "language", "English").addTokenFilter("asciiFolding").build();
    // OpenSearch reads synonym rules through the filters before the synonym filter: do the same,
    // then load the analyzed rules (whitespace-separated terms) after the stemmer.
    List<String> rules = new ArrayList<>();
    for (String rule : Files.readAllLines(dir.resolve("synonyms.txt"))) {
      if (rule.isBlank()) continue;
      List<String> terms = new ArrayList<>();
      for (String term : rule.split(",")) { String t = String.join(" ", tokens(pl, term.trim())); if (!t.isEmpty()) terms.add(t); }
      rules.add(String.join(", ", terms));
    }
    Files.write(dir.resolve("synonyms-pl.txt"), rules);
    Analyzer plSearch = CustomAnalyzer.builder(dir).withTokenizer("standard").addTokenFilter("lowercase")
      .addTokenFilter("stop", "words", "stop.txt").addTokenFilter("patternReplace", "pattern", pattern, "replacement", replacement, "replace", "first")
      .addTokenFilter("asciiFolding").addTokenFilter("synonymGraph", "synonyms", "synonyms-pl.txt", "format", "solr").build();
    Scanner in = new Scanner(System.in, "UTF-8");
    while (in.hasNextLine()) {
      String line = in.nextLine();
      System.out.println(String.join(" ", tokens(pl, line)) + "\t" + String.join(" ", tokens(en, line)) + "\t" + String.join(" ", tokens(plSearch, line)));
    }
  }
}
