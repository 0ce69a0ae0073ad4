/** The panel's words in both languages, built from the locale files (see wxt.config.ts). */
declare module 'virtual:panel-messages' {
  const messages: Record<import('../../utils/rules/types.ts').Locale, import('../../utils/i18n/index.ts').LocaleFile>;
  export default messages;
}
