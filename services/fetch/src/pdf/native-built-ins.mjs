// Runs a module load and puts back every built-in method it replaced; what it added stays.
// Plain JavaScript: imported by the PDF parser's child process, which runs under bare node.

const BUILT_INS = [Array.prototype, Array, Object, String.prototype, Number, Math, JSON, Promise, Promise.prototype, Map, Map.prototype, Set.prototype, Uint8Array, Uint8Array.prototype, Object.getPrototypeOf(Uint8Array.prototype)];

/** The load's `result`, and `replaced`: what was put back ("Array.prototype.push"…). */
export async function keepNativeBuiltIns(load) {
  const before = BUILT_INS.map((target) => new Map(Reflect.ownKeys(target).map((key) => [key, Object.getOwnPropertyDescriptor(target, key)])));
  const result = await load();
  const replaced = [];
  BUILT_INS.forEach((target, i) => {
    for (const [key, native] of before[i]) {
      const now = Object.getOwnPropertyDescriptor(target, key);
      if (now && Object.is(native.value, now.value) && native.get === now.get && native.set === now.set) continue;
      Object.defineProperty(target, key, native);
      replaced.push(`${nameOf(target)}.${String(key)}`);
    }
  });
  return { result, replaced };
}

function nameOf(target) {
  if (typeof target === 'function') return target.name;
  if (target === Math || target === JSON) return target[Symbol.toStringTag];
  return `${target.constructor?.name ?? 'Object'}.prototype`;
}
