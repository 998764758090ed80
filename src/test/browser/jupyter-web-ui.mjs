// Drives Jupyter Notebook 6's classic web UI in Debian's headless Chromium, as a person would, against a
// server that JupyterWebUiIT started with our kernelspec. Each step types into a cell, runs it with
// Shift-Enter (or uses a menu), and waits for what a person would look for on the page. The first step
// that fails stops the run; a screenshot is taken at the end either way.
//
// Environment (JupyterWebUiIT sets it): JUPYTER_URL (the server's base URL, ending in /), JUPYTER_TOKEN,
// SCREENSHOT (the PNG to write), BROWSER_PROFILE (an empty folder for Chromium's profile) and optionally
// CHROMIUM (default /usr/bin/chromium). Exits 0 when every enabled step passed, 1 otherwise.
import process from 'node:process';
import puppeteer from 'puppeteer-core';

// The session preloads the domain API (Engagements, data, analysis, chart), so the first cell imports
// nothing; a line of imports here would hide a regression of that.
const FIRST_CELL_IMPORTS = '';

// The input box (input_request) and the progress bar (update_display_data) steps.
const IO_STEPS_ENABLED = true;

const JAVADOC = 'Returns the greater of two';   // Math.max's Javadoc, as Shift-Tab should show it
const KERNEL_NAME = 'engagements-java';
const KERNEL_DISPLAY_NAME = 'Java (engagements)';
const STEP_TIMEOUT = 60_000;   // one step, kernel start-up included
const CELL_TIMEOUT = 45_000;   // one cell, from Shift-Enter to its outputs

const config = {
  url: requireEnv('JUPYTER_URL'),
  token: requireEnv('JUPYTER_TOKEN'),
  screenshot: requireEnv('SCREENSHOT'),
  tooltipScreenshot: requireEnv('SCREENSHOT').replace(/(\.png)?$/, '-tooltip.png'),
  profile: requireEnv('BROWSER_PROFILE'),
  chromium: process.env.CHROMIUM || '/usr/bin/chromium',
};

function requireEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`jupyter-web-ui: ${name} is not set; JupyterWebUiIT sets it`);
    process.exit(2);
  }
  return value;
}

// ---- the steps -------------------------------------------------------------------------------------

/** The steps in order: a name, whether it runs, and what it does with the notebook page. */
const STEPS = [
  ['load the data', true, loadData],
  ['show a table', true, showTable],
  ['show a chart', true, showChart],
  ['interrupt a loop, keep the variables', true, interruptLoop],
  ['Shift-Tab shows Javadoc', true, shiftTabJavadoc],
  ['answer an input box', IO_STEPS_ENABLED, inputBox],
  ['progress bar updates in place', IO_STEPS_ENABLED, progressBar],
];

/** The first cell: the dataset, loaded with no import of ours (once FIRST_CELL_IMPORTS is ''). */
async function loadData(nb) {
  const cell = await nb.run(`${FIRST_CELL_IMPORTS}var data = Engagements.load(); `
      + 'System.out.println("engagements: " + data.engagements().rowCount());');
  await nb.waitForText(cell, /engagements: [1-9]\d*/);
}

/** A Tablesaw table as the cell's value is an HTML <table> in the output area. */
async function showTable(nb) {
  const cell = await nb.run('Frequency.wide(Frequency.byStatus(data.engagements(), Granularity.YEAR))');
  const rows = await nb.waitFor(cell, (out) => {
    const table = out.querySelector('.output_html table');
    return table && table.querySelector('th') && table.querySelectorAll('tbody tr').length;
  }, 'an HTML <table> with a header and rows in the output');
  const header = await cell.$eval('.output_html table', (table) => table.querySelector('thead, tr').innerText);
  if (!/\bperiod\b.*\bheld\b/s.test(header)) {
    throw new Error(`the table's header should name the columns period and held: ${JSON.stringify(header)}`);
  }
  console.log(`    a <table> of ${rows} rows; header: ${header.replace(/\s+/g, ' ').trim()}`);
}

/** An XChart chart as the cell's value is a PNG <img> that the browser decoded. */
async function showChart(nb) {
  const cell = await nb.run('TimelineChart.of(data)');
  const size = await nb.waitFor(cell, (out) => {
    const img = out.querySelector('.output_png img');
    return img && img.complete && img.naturalWidth > 0 && `${img.naturalWidth}×${img.naturalHeight}`;
  }, 'a decoded <img> (naturalWidth > 0) in the output');
  console.log(`    an <img> of ${size} px`);
}

/**
 * A loop that never ends is stopped with Kernel → Interrupt; the kernel survives it, and a later cell
 * prints a variable declared before the loop and the count the loop reached.
 */
async function interruptLoop(nb) {
  await nb.run('String survivor = "declared before the loop"; long spins = 0;');
  const loop = await nb.start('System.out.println("looping"); while (true) { spins++; }');
  await nb.waitForText(loop, /looping/);
  await nb.menu('#kernellink', '#int_kernel');
  await nb.waitUntilFinished(loop);
  const stopped = await nb.waitFor(loop, (out) => {
    const error = out.querySelector('.output_error');
    return error && /interrupted/i.test(error.innerText) && error.innerText;
  }, 'an error output saying the cell was interrupted');
  console.log(`    the loop's error output: ${stopped.replace(/\s+/g, ' ').trim()}`);
  const after = await nb.run('System.out.println("survived: " + survivor + ", spins > 0: " + (spins > 0));');
  await nb.waitForText(after, /survived: declared before the loop, spins > 0: true/);
}

/** Shift-Tab after a method name opens the tooltip with the method's Javadoc. */
async function shiftTabJavadoc(nb) {
  await nb.type('Math.max');
  await nb.page.keyboard.down('Shift');
  await nb.page.keyboard.press('Tab');
  await nb.page.keyboard.up('Shift');
  const text = await nb.page.waitForFunction((JAVADOC) => {
    const tooltip = document.querySelector('#tooltip');
    const text = tooltip && tooltip.offsetParent !== null && tooltip.querySelector('.tooltiptext').innerText;
    return text && text.includes(JAVADOC) && text;
  }, { timeout: CELL_TIMEOUT }, JAVADOC).then((handle) => handle.jsonValue())
      .catch(async (error) => {
        const seen = await nb.page.$eval('#tooltip', (t) => t.innerText).catch(() => '(no #tooltip)');
        throw new Error(`the tooltip should show "${JAVADOC}"; it shows ${JSON.stringify(seen)}`
            + ` (${error.message})`);
      });
  console.log(`    tooltip: ${text.split('\n').slice(0, 2).join(' / ')}`);
  await nb.page.waitForFunction(() => getComputedStyle(document.querySelector('#tooltip')).opacity === '1',
      { timeout: 5_000 });   // it fades in
  await nb.page.screenshot({ path: config.tooltipScreenshot });
  console.log(`    screenshot of the tooltip: ${config.tooltipScreenshot}`);
  await nb.page.keyboard.press('Escape');   // closes the tooltip; the cell stays, unrun, in the notebook
  await nb.page.waitForFunction(() => document.querySelector('#tooltip').offsetParent === null, { timeout: 5_000 });
}

/**
 * A cell that reads standard input shows an input box; what is typed there reaches the cell.
 * TODO(i15-io): the cell's code is a guess at the API; adjust it to what i15-io landed.
 */
async function inputBox(nb) {
  const cell = await nb.start('String answer = new java.util.Scanner(System.in).nextLine(); '
      + 'System.out.println("answered: " + answer);');
  const seen = await nb.page.waitForFunction((c) => (c.querySelector('input.raw_input') && 'an input box')
      || (/\[\d+\]/.test(c.querySelector('.input_prompt').innerText)
          && document.querySelector('#kernel_indicator_icon.kernel_idle_icon') && 'the cell finished'),
  { timeout: 10_000 }, cell).then((handle) => handle.jsonValue()).catch(() => 'nothing within 10 s');
  if (seen !== 'an input box') {
    throw new Error(`an input box (input.raw_input) should appear; saw ${seen}: ${await describe(cell)}`);
  }
  const box = await cell.$('input.raw_input');
  await box.type('Beijing');
  await box.press('Enter');
  await nb.waitUntilFinished(cell);
  await nb.checkNoError(cell);
  await nb.waitForText(cell, /answered: Beijing/);
}

/**
 * A progress bar is one output that changes in place: while the cell runs it shows at least two states,
 * and it stays a single output rather than a new line per update.
 * TODO(i15-io): the cell's code is a guess at the API; adjust it to what i15-io landed.
 */
async function progressBar(nb) {
  const cell = await nb.start('var bar = Progress.of("steps", 5); '
      + 'for (int i = 0; i < 5; i++) { Thread.sleep(400); bar.step(); }');
  const outputs = () => cell.evaluate((c) => [...c.querySelectorAll('.output_area')].map((a) => a.innerText));
  const seen = new Set();
  let most = 0;
  const deadline = Date.now() + CELL_TIMEOUT;
  while (!(await nb.finished(cell)) && Date.now() < deadline) {   // watches the output as a person would
    const shown = await outputs();
    most = Math.max(most, shown.length);
    if (shown.length) seen.add(shown.join('|'));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await nb.waitUntilFinished(cell);
  await nb.checkNoError(cell);
  const last = await outputs();
  if (most !== 1 || last.length !== 1) {
    throw new Error(`the progress bar should be one output updated in place; saw up to ${most} outputs, `
        + `${last.length} at the end: ${JSON.stringify(last)}`);
  }
  if (seen.size < 2) {
    throw new Error(`the progress bar should change while the cell runs; it showed only ${JSON.stringify([...seen])}`);
  }
  console.log(`    ${seen.size} states of one output, the last: ${last[0].replace(/\s+/g, ' ').trim()}`);
}

// ---- the notebook page, as a person uses it -------------------------------------------------------------

class Notebook {
  constructor(page) {
    this.page = page;
  }

  /** Types {@code code} into the selected cell (a fresh one at the bottom); returns the cell element. */
  async type(code) {
    const cell = await this.page.evaluateHandle(() => {
      const nb = Jupyter.notebook;
      const last = nb.get_cell(nb.ncells() - 1);
      if (last.get_text() !== '') {
        nb.insert_cell_below('code', nb.ncells() - 1);
      }
      nb.select(nb.ncells() - 1);
      return nb.get_selected_cell().element[0];
    });
    await (await cell.$('.CodeMirror')).click();   // edit mode, the cursor in the editor
    await this.page.keyboard.type(code);
    return cell;
  }

  /** Types {@code code} into a new cell and presses Shift-Enter; returns the cell without waiting. */
  async start(code) {
    const cell = await this.type(code);
    await this.page.keyboard.down('Shift');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.up('Shift');
    await this.page.waitForFunction((c) => /\[(\*|\d+)\]/.test(c.querySelector('.input_prompt').innerText),
        { timeout: 5_000 }, cell);
    return cell;
  }

  /** Runs {@code code} in a new cell and waits until it finished without an error output. */
  async run(code) {
    const cell = await this.start(code);
    await this.waitUntilFinished(cell);
    await this.checkNoError(cell);
    return cell;
  }

  /**
   * Whether the cell finished: its prompt shows its execution count (In [3]:, not In [*]:) and the kernel
   * indicator is idle again. Jupyter sends a cell's outputs before that idle status on the same channel,
   * while the count comes on another, so the count alone may show before the last outputs.
   */
  async finished(cell) {
    return cell.evaluate(finishedIn);
  }

  async waitUntilFinished(cell) {
    await this.page.waitForFunction(finishedIn, { timeout: CELL_TIMEOUT }, cell)
        .catch(async (error) => {
          throw new Error(`the cell did not finish within ${CELL_TIMEOUT / 1000} s: ${await describe(cell)}`
              + ` (${error.message})`);
        });
  }

  async checkNoError(cell) {
    const error = await cell.$eval('.output', (o) => {
      const found = o.querySelector('.output_error');
      return found && found.innerText;
    });
    if (error) {
      throw new Error(`the cell failed: ${await describe(cell)}`);
    }
  }

  /** Waits until {@code test(outputElement)} returns something truthy, and returns it. */
  async waitFor(cell, test, what) {
    const body = `return (${test.toString()})(cell.querySelector('.output'));`;
    try {
      const handle = await this.page.waitForFunction(new Function('cell', body), { timeout: CELL_TIMEOUT }, cell);
      return await handle.jsonValue();
    } catch (error) {
      throw new Error(`expected ${what}: ${await describe(cell)} (${error.message})`);
    }
  }

  async waitForText(cell, pattern) {
    await this.waitFor(cell, new Function('out', `return ${pattern}.test(out.innerText);`),
        `output matching ${pattern}`);
  }

  /** Opens the menu {@code menuSelector} in the menu bar and clicks its item {@code itemSelector}. */
  async menu(menuSelector, itemSelector) {
    await this.page.click(menuSelector);
    const item = await this.page.waitForSelector(`${itemSelector} > a`, { visible: true, timeout: 5_000 });
    await item.click();
  }
}

/** In the page: whether {@code cell} finished (see Notebook.finished). */
function finishedIn(cell) {
  return /\[\d+\]/.test(cell.querySelector('.input_prompt').innerText)
      && document.querySelector('#kernel_indicator_icon.kernel_idle_icon') !== null;
}

/** The cell's code and outputs as text, for failure messages. */
async function describe(cell) {
  return cell.evaluate((c) => JSON.stringify({
    prompt: c.querySelector('.input_prompt').innerText.trim(),
    code: c.querySelector('.CodeMirror').CodeMirror.getValue(),
    outputs: [...c.querySelectorAll('.output_area')].map((a) => a.innerText.trim()),
  }));
}

// ---- from the tree page to a notebook with our kernel ---------------------------------------------------

/** Logs in with the token on /tree, then New → Java (engagements); returns the notebook's page. */
async function newNotebook(browser, page) {
  await page.goto(`${config.url}tree?token=${encodeURIComponent(config.token)}`, { waitUntil: 'networkidle2' });
  const version = await page.evaluate(() => window.Jupyter && Jupyter.version);
  if (!/^6\./.test(version)) {
    throw new Error(`this script drives Jupyter Notebook 6's classic UI; the server at ${config.url} serves `
        + `${version ? `Notebook ${version}` : 'another UI'}`);
  }
  await page.waitForSelector('#new-dropdown-button', { visible: true, timeout: STEP_TIMEOUT });
  await page.click('#new-dropdown-button');
  const item = await page.waitForSelector(`#kernel-${KERNEL_NAME} > a`, { visible: true, timeout: 5_000 })
      .catch(async () => {
        const offered = await page.$$eval('#new-menu li', (items) => items.map((i) => i.innerText.trim()));
        throw new Error(`New offers no "${KERNEL_DISPLAY_NAME}"; it offers ${JSON.stringify(offered)}`);
      });
  const opened = browser.waitForTarget((target) => target.opener() === page.target(), { timeout: STEP_TIMEOUT });
  await item.click();
  const notebookPage = await (await opened).page();
  await notebookPage.bringToFront();   // a tab in the background runs no animation frames
  await notebookPage.setViewport({ width: 1280, height: 1000 });
  await notebookPage.waitForFunction(() => window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded,
      { timeout: STEP_TIMEOUT });
  await notebookPage.waitForFunction((name) => {
    const shown = document.querySelector('.kernel_indicator_name');
    return shown && shown.innerText.trim() === name && document.querySelector('#kernel_indicator_icon.kernel_idle_icon');
  }, { timeout: STEP_TIMEOUT }, KERNEL_DISPLAY_NAME).catch(async (error) => {
    const state = await notebookPage.evaluate(() => ({
      kernel: document.querySelector('.kernel_indicator_name')?.innerText,
      icon: document.querySelector('#kernel_indicator_icon')?.className,
      notification: document.querySelector('#notification_kernel')?.innerText,
    }));
    throw new Error(`the kernel should start and be idle: ${JSON.stringify(state)} (${error.message})`);
  });
  return notebookPage;
}

// ---- the run ------------------------------------------------------------------------------------------

async function main() {
  const browser = await puppeteer.launch({
    executablePath: config.chromium,
    headless: true,
    userDataDir: config.profile,
    // This machine has no network but loopback: no background connections, no component updates.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--window-size=1280,1000'],
    protocolTimeout: STEP_TIMEOUT,
  });
  let page = (await browser.pages())[0] ?? await browser.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  let step = 'open a notebook';
  let failed = null;
  try {
    const started = Date.now();
    page = await newNotebook(browser, page);
    console.log(`ok   ${step} with "${KERNEL_DISPLAY_NAME}" (${seconds(started)})`);
    page.on('dialog', (dialog) => dialog.dismiss());
    const nb = new Notebook(page);
    for (const [name, enabled, run] of STEPS) {
      step = name;
      if (!enabled) {
        console.log(`SKIP ${name}: disabled until branch i15-io is merged (IO_STEPS_ENABLED in ${scriptName()})`);
        continue;
      }
      const begun = Date.now();
      await run(nb);
      console.log(`ok   ${name} (${seconds(begun)})`);
    }
    step = 'save the notebook';
    await page.evaluate(() => Jupyter.notebook.save_notebook());
  } catch (error) {
    failed = error;
    console.log(`FAIL ${step}: ${error.message}`);
  } finally {
    await screenshotWholeNotebook(page)
        .then(() => console.log(`screenshot: ${config.screenshot}`))
        .catch((error) => console.log(`no screenshot: ${error.message}`));
    await browser.close();
  }
  return failed ? 1 : 0;
}

/**
 * The notebook scrolls inside its own panel (#site), so a full-page screenshot shows only the window: the
 * window is made as tall as the notebook first.
 */
async function screenshotWholeNotebook(page) {
  const height = await page.evaluate(() => {
    const site = document.querySelector('#site');
    return site ? site.getBoundingClientRect().top + site.scrollHeight : document.body.scrollHeight;
  }).catch(() => 1000);
  await page.setViewport({ width: 1280, height: Math.min(Math.max(Math.ceil(height), 1000), 8000) });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({ path: config.screenshot });
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function scriptName() {
  return new URL(import.meta.url).pathname.split('/').pop();
}

process.exitCode = await main();
