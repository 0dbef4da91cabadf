import { z } from 'zod';

// Zod compiles object parsers with `new Function` unless told not to, and even probing for it is an eval
// that a strict Content-Security-Policy (script-src 'self') blocks and reports. The browser code of the
// quiz and progress pages imports this module first, so every parse in the page runs without eval.
z.config({ jitless: true });
