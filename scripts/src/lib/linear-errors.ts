/**
 * ajv's standalone code, with the errors of a `$ref`'d validator appended in place instead of
 * copied.
 *
 * With `allErrors`, ajv (8.20) gathers a called validator's errors with
 * `vErrors = vErrors === null ? V.errors : vErrors.concat(V.errors)`: a new array holding every
 * error so far, for every invalid value a `$ref` checks. A payload of n invalid array items
 * each checked through a `$ref` copies 1 + 2 + ... + n errors: 40,000 such items took 8 s,
 * 60,000 took 23 s. Pushing each of V's errors onto the array instead touches each error once
 * per validator it passes through, which is linear in the errors.
 *
 * Taking V's own array when there is none yet (`vErrors = V.errors`) is safe: ajv's validators
 * start every call with a fresh `vErrors` and replace `V.errors` at its end, so an array a
 * caller took is never written by V again. Code of another shape than the one matched here is
 * refused, so that an ajv upgrade that changes it cannot bring the copy back unnoticed.
 */

const copy =
  /vErrors = vErrors === null \? ([\w$]+(?:\.validate)?)\.errors : vErrors\.concat\(\1\.errors\);errors = vErrors\.length;/g;

export function appendErrorsInPlace(code: string): string {
  const rewritten = code.replace(
    copy,
    (_, fn: string) =>
      `if(vErrors === null){vErrors = ${fn}.errors;}else {const added = ${fn}.errors;for(let i = 0; i < added.length; i++){vErrors.push(added[i]);}}errors = vErrors.length;`,
  );
  if (/\.concat\(/.test(rewritten.replace(/"(?:[^"\\]|\\.)*"/g, "")))
    throw new Error("ajv's standalone code copies errors in a way appendErrorsInPlace does not know (.concat)");
  return rewritten;
}
