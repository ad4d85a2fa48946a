// A node:test reporter that prints one closing line: "N passed, N failed, N skipped".
export default async function* summaryReporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass') {
      if (event.data.skip || event.data.todo) skipped++;
      else passed++;
    }
    if (event.type === 'test:fail') failed++;
  }
  yield `core: ${passed} passed, ${failed} failed, ${skipped} skipped\n`;
}
