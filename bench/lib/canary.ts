/**
 * A fake NEO4J_PASSWORD the benchmark builds the site with (and `npm test` should build with), so a
 * scan of the output can prove no secret from the environment is written into it.
 */
export const SECRET_CANARY = 'ci-canary-7f3a9e2b-not-a-real-password';
