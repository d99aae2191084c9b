/**
 * An old address's page (src/pages/[lang]/[moved]/[...page].astro): a meta refresh sends the reader
 * to the new address but drops the fragment, the vendor card an old link named (#v-<id>); with
 * scripts, go there with it.
 */
const to = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
if (to && location.hash) location.replace(to + location.hash);
