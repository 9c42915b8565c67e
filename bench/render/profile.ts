/**
 * "Where the time goes" in a .cpuprofile: self time by function and by package (as
 * bench/gateway/profile.ts), plus inclusive time (the function and everything it called) of this
 * repository's functions, which is what says which request step costs what.
 */
import '../../core/disable-telemetry.js';
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const REPO_DIRS = /^file:\/\/.*?\/((?:gateway|core|bench|subgraphs|templates|stack)\/.*)$/;

function ownerOf(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:') || url === '') return '(node internals / native)';
  return REPO_DIRS.exec(url)?.[1] ?? url;
}

export function summariseRenderProfile(file: string, top = 20): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const keyOf = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${url ? `${ownerOf(url)}:${lineNumber + 1}` : ''}`.trim();
  };
  const self = new Map<string, number>();
  const byOwner = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let busy = 0;
  const stackOf = (id: number) => {
    const frames: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) frames.push(byId.get(at)!);
    return frames;
  };
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const micros = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    const frames = stackOf(id);
    // The profiler's own work when it stops (bench/stack.ts serialising the profile) is not the server's.
    if (
      frames.some((f) => f.callFrame.url.endsWith('/bench/stack.ts')) ||
      node.callFrame.functionName === 'dispatch'
    )
      return;
    total += micros;
    const key = keyOf(node);
    self.set(key, (self.get(key) ?? 0) + micros);
    const owner = node.callFrame.functionName === '(idle)' ? '(idle)' : ownerOf(node.callFrame.url);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + micros);
    if (node.callFrame.functionName !== '(idle)') busy += micros;
    // Every repository function on the stack, once per sample (recursion counted once).
    const seen = new Set<string>();
    for (const frame of frames) {
      if (!REPO_DIRS.test(frame.callFrame.url)) continue;
      const k = keyOf(frame);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + micros);
    }
  });
  const pct = (micros: number) => `${((100 * micros) / total).toFixed(1).padStart(5)}%`;
  const rank = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, micros]) => `  ${pct(micros)}  ${name}`);
  return [
    `profile ${file} (${(total / 1e6).toFixed(1)} s sampled, ${pct(busy).trim()} busy)`,
    'top self time by function:',
    ...rank(self, top),
    'self time by package:',
    ...rank(byOwner, 12),
    'inclusive time of repository functions (with everything they call):',
    ...rank(inclusive, top),
  ].join('\n');
}
