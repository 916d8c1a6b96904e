/**
 * Names for generated city blocks (kvarter), in the style of Swedish property designations
 * ("Malmö Svalan 3"). They are made up; a real parcel file replaces them.
 */
export const BLOCK_NAMES = [
  'Svalan', 'Hjorten', 'Örnen', 'Lejonet', 'Kronan', 'Ankaret', 'Apoteket', 'Bryggaren', 'Bagaren', 'Smeden',
  'Skomakaren', 'Guldsmeden', 'Hattmakaren', 'Repslagaren', 'Tunnbindaren', 'Kopparslagaren', 'Färgaren', 'Garvaren',
  'Rådhuset', 'Tullen', 'Posthornet', 'Fyren', 'Seglet', 'Kompassen', 'Masten', 'Ankarspelet', 'Vågen', 'Kajen',
  'Pelikanen', 'Storken', 'Tranan', 'Hägern', 'Måsen', 'Tärnan', 'Ejdern', 'Gladan', 'Falken', 'Duvan', 'Trasten',
  'Lärkan', 'Näktergalen', 'Sparven', 'Staren', 'Kajan', 'Korpen', 'Uven', 'Svanen', 'Gåsen', 'Tuppen', 'Påfågeln',
  'Eken', 'Linden', 'Almen', 'Björken', 'Lönnen', 'Kastanjen', 'Rönnen', 'Hasseln', 'Syrenen', 'Rosen', 'Liljan',
  'Tulpanen', 'Vallmon', 'Klövern', 'Humlen', 'Vinrankan', 'Äpplet', 'Päronet', 'Plommonet', 'Körsbäret', 'Druvan',
  'Stjärnan', 'Månen', 'Solen', 'Kometen', 'Planeten', 'Norrsken', 'Regnbågen', 'Vinden', 'Stormen', 'Vågbrytaren',
  'Kvarnen', 'Mjölnaren', 'Sädesärlan', 'Axet', 'Plogen', 'Harven', 'Lien', 'Skäran', 'Vagnen', 'Hjulet', 'Ekern',
  'Spelmannen', 'Trumslagaren', 'Fiolen', 'Lutan', 'Harpan', 'Flöjten', 'Orgeln', 'Klockan', 'Tornet', 'Porten',
  'Bastionen', 'Vallen', 'Gröna Vallen', 'Hamnmästaren', 'Lotsen', 'Skepparen', 'Styrmannen', 'Kaptenen', 'Fiskaren',
  'Sillen', 'Torsken', 'Ålen', 'Laxen', 'Makrillen', 'Hummern', 'Krabban', 'Snäckan', 'Pärlan', 'Korallen',
  'Rubinen', 'Safiren', 'Smaragden', 'Diamanten', 'Bärnstenen', 'Silvret', 'Guldet', 'Kopparn', 'Tennet', 'Järnet',
] as const;

const PREFIXES = ['', 'Stora ', 'Lilla ', 'Norra ', 'Södra ', 'Östra ', 'Västra ', 'Nya ', 'Gamla '];

/** The n-th block name; past the list's end it adds a prefix so that names stay unique. */
export function blockName(n: number): string {
  const prefix = PREFIXES[Math.floor(n / BLOCK_NAMES.length) % PREFIXES.length];
  const round = Math.floor(n / (BLOCK_NAMES.length * PREFIXES.length));
  return `${prefix}${BLOCK_NAMES[n % BLOCK_NAMES.length]}${round > 0 ? ` ${round + 1}` : ''}`;
}
