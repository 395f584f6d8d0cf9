// Vue's browser build, with the template compiler, ships without types: it has those of `vue`.
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
