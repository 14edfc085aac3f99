/**
 * npm run bench:ui — figures for the review UI (issue 7):
 *   1. the review page of a 1-hour interview (generated recording + ~900-segment transcript) in Chromium:
 *      navigation → every line rendered and the waveform drawn; target: interactive within 1 s;
 *   2. search over a generated library of 1,000 one-hour transcripts (~900,000 segments): p50/p95 of
 *      SearchService.find for 3+-character and 2-character queries; target: p95 within 100 ms.
 * Prints figures; no pass/fail. The library is generated once into the temp folder (see search-library.ts).
 */
import { chromiumAvailable } from '../test/support/chromium';
import { webBuilt } from '../test/support/web-build';
import { measureReviewPage, summarise } from './ui/review-figures';
import { measureSearch, printSearch } from './ui/search-figures';
import { openLibrary } from './ui/search-library';
import { ms } from './ui/stats';

const RECORDINGS = Number(process.env.BENCH_UI_RECORDINGS ?? 1_000);

async function reviewPage(): Promise<void> {
  console.log('\n1. Review page of a 1-hour interview (900 segments), Chromium, 1280×900');
  if (!chromiumAvailable() || !webBuilt()) {
    console.log('   skipped: needs /usr/bin/chromium and a built UI (npm run build)');
    return;
  }
  const figures = await measureReviewPage();
  console.log(`   import of the 1-hour WAV (115 MB): ${figures.importSeconds.toFixed(1)} s (setup, not the target)`);
  console.log(`   GET transcript: ${ms(figures.transcriptApiMs)}   GET peaks (stored): ${ms(figures.peaksApiMs)}`);
  console.log(
    `   peaks computed from the 115 MB encrypted PCM (once, when the import ends): ${ms(figures.peaksComputeMs)}`,
  );
  console.log(`   navigation → first lines shown:    ${summarise(figures.firstLinesMs)}`);
  console.log(`   navigation → ${figures.segments} lines rendered:  ${summarise(figures.transcriptMs)}`);
  console.log(`   navigation → waveform drawn:       ${summarise(figures.waveformMs)}`);
  console.log(`   navigation → both (interactive):   ${summarise(figures.readyMs)}   target < 1000 ms`);
  console.log(`   click a line → it is lit:          ${ms(figures.lineClickMs)}`);
  console.log(`   next question → it is lit:         ${ms(figures.nextQuestionMs)}`);
}

async function search(): Promise<void> {
  console.log(
    `\n2. Search over ${RECORDINGS} one-hour transcripts (${(RECORDINGS * 900).toLocaleString('en')} segments)`,
  );
  const library = await openLibrary(RECORDINGS);
  try {
    if (library.generatedSeconds !== null) console.log(`   generated in ${library.generatedSeconds.toFixed(0)} s`);
    printSearch(measureSearch(library));
    console.log('   target: p95 < 100 ms (SearchService.find = what GET /api/search runs, incl. event lookup)');
  } finally {
    await library.close();
  }
}

await reviewPage();
await search();
