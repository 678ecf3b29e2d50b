// A Cloudflare Worker, as a module worker: `export default { fetch }`.
import { handle } from "./entry-fetch-handler.js";

export default { fetch: handle };
