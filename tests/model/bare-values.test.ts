/**
 * Round 15: a table flattened one cell a line ("Backups" / "90 days" / "Logs" / "180 days") is
 * labels and values, not sections: a bare value ("90 days", "99.9%", "< 4 hours") is never taken
 * for a heading, and a label right above one does not head a section either. EN and PL; a short
 * heading over body text, and a year-led heading, still do.
 */
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/model/from-text.ts';

const headings = (lines: string[]) => documentFromText(lines.join('\n\n'), { format: 'txt' }).blocks.filter((b) => b.type === 'heading').length;

describe('values of a flattened table are no headings', () => {
  it('EN: "Backups" / "90 days" / "Logs" / "180 days" under a titled page', () => {
    const doc = documentFromText(['Deletion timeline', 'Each kind of data goes on its own schedule once deletion starts.', 'Backups', '90 days', 'Logs', '180 days', 'Search indices', '< 4 hours'].join('\n\n'), { format: 'txt' });
    const heads = doc.blocks.filter((b) => b.type === 'heading').map((b) => doc.text.slice(b.start, b.end));
    expect(heads).toEqual(['Deletion timeline']);
  });
  it('PL: "Kopie zapasowe" / "30 dni" / "Dostępność" / "99,9%"', () => {
    expect(headings(['Harmonogram usuwania', 'Po zakończeniu umowy dane znikają etapami.', 'Kopie zapasowe', '30 dni', 'Dostępność', '99,9%'])).toBe(1);
  });
  it('look-alike: a short heading over body text, and "2025 Roadmap", still head sections', () => {
    expect(headings(['Security overview', 'Backups', 'We copy every database each night to a second region.', '2025 Roadmap', 'We plan to add single sign-on for all plans.'])).toBe(3);
  });
});
