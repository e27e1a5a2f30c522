/**
 * The two namespaces of an iWmo 3.2 WMO301 message, as its schemas define them (see
 * docs/rules/iwmo-wmo301.md). `WMO301.xsd` declares the message's own elements in the
 * wmo301 namespace; where such an element has a datatype of the basisschema (a `CDT_*`
 * type such as BerichtIdentificatie, Naam or Product), the elements inside it are declared
 * by the basisschema and so are in the basisschema namespace, all the way down. Both
 * schemas qualify every element (`elementFormDefault="qualified"`); prefixes are free.
 */
export const WMO301_NAMESPACE = 'http://www.istandaarden.nl/iwmo/3_2/wmo301/schema';
export const BASISSCHEMA_NAMESPACE = 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema';

/** The elements whose type `WMO301.xsd` itself defines: their children are wmo301 elements. */
const WMO301_TYPED = new Set([
  'Bericht',
  'Header',
  'Client',
  'Relaties',
  'Relatie',
  'Contact',
  'Contactgegevens',
  'ToegewezenProducten',
  'ToegewezenProduct',
]);

export interface ElementName {
  uri: string;
  local: string;
}

/** The namespace a child of `parent` must be in (the root, without parent, is wmo301). */
export function childNamespace(parent: ElementName | undefined): string {
  if (parent === undefined) return WMO301_NAMESPACE;
  return parent.uri === WMO301_NAMESPACE && WMO301_TYPED.has(parent.local)
    ? WMO301_NAMESPACE
    : BASISSCHEMA_NAMESPACE;
}
