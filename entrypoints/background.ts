export default defineBackground(() => {
  console.log('[fanlens] hello');
});
