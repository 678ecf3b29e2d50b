// A Vercel edge function as edge-runtime runs one: a script listening for "fetch" events.
import { handle } from "./entry-fetch-handler.js";

addEventListener("fetch", (event) => {
  const e = event as Event & { request: Request; respondWith(response: Promise<Response>): void };
  e.respondWith(handle(e.request));
});
