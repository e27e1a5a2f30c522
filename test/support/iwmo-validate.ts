/**
 * Holds a message against the official iWmo 3.2 artefacts in reference/istandaarden: the
 * schema (`xmllint --schema`) and the validation stylesheet (`xsltproc`, whose report lists
 * the TR/CD/CS rules a message breaks). Both tools come from Debian's libxml2-utils and
 * xsltproc packages. Without them these checks are skipped loudly, unless
 * REQUIRE_XML_TOOLS=1 (CI), where a missing tool is a failure.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const IWMO_DIR = path.join(ROOT, 'reference/istandaarden/iwmo-3.2');
const XSD = path.join(IWMO_DIR, 'WMO301.xsd');
const XSL = path.join(IWMO_DIR, 'TR-CD-CS-regels-WMO-3.2.xsl');

function hasTool(tool: string): boolean {
  return spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0;
}

export function xmlToolsAvailable(): boolean {
  const missing = ['xmllint', 'xsltproc'].filter((tool) => !hasTool(tool));
  if (missing.length === 0) return true;
  if (process.env.REQUIRE_XML_TOOLS === '1') {
    throw new Error(
      `REQUIRE_XML_TOOLS=1 but ${missing.join(' and ')} not found: install Debian's libxml2-utils and xsltproc.`,
    );
  }
  console.warn(
    `\n*** SKIPPING the checks against the official iWmo schema: no ${missing.join(' or ')} (apt-get install libxml2-utils xsltproc). ***\n`,
  );
  return false;
}

/** xmllint's complaints about a message, empty when it is valid against WMO301.xsd. */
export function schemaErrors(xml: string | Uint8Array): string[] {
  const result = spawnSync('xmllint', ['--noout', '--schema', XSD, '-'], {
    input: xml,
    encoding: 'utf8',
  });
  if (result.status === 0) return [];
  return result.stderr
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.includes('fails to validate'));
}

/** The rule codes (TR…, CD…, CS…) the validation stylesheet reports; empty for `<Fouten/>`. */
export function stylesheetRuleCodes(xml: string | Uint8Array): string[] {
  const report = execFileSync('xsltproc', [XSL, '-'], { input: xml, encoding: 'utf8' });
  if (!/<(?:[A-Za-z0-9]+:)?Fouten\s*\/>|<(?:[A-Za-z0-9]+:)?Fouten>/.test(report)) {
    throw new Error(`The stylesheet gave no report of Fouten:\n${report.slice(0, 500)}`);
  }
  return [...report.matchAll(/<(?:[A-Za-z0-9]+:)?Code>([A-Z]{2}[0-9]{3})</g)].map((m) => m[1]!);
}
