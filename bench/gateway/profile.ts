import '../../core/disable-telemetry.js';
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a script lives: an npm package, Node's internals, or this repository. */
function ownerOf(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:') || url === '') return '(node internals / native)';
  return url.replace(/^file:\/\/.*?\/(gateway|core|bench)\//, '$1/');
}

/** Top self-time functions and packages of a .cpuprofile, as printable lines. */
export function summariseProfile(file: string, top = 20): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfByFunction = new Map<string, number>();
  const selfByOwner = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const micros = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    total += micros;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${ownerOf(url)}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + micros);
    const owner = functionName === '(idle)' ? '(idle)' : ownerOf(url);
    selfByOwner.set(owner, (selfByOwner.get(owner) ?? 0) + micros);
  });
  const pct = (micros: number) => `${((100 * micros) / total).toFixed(1).padStart(5)}%`;
  const rank = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => `  ${pct(micros)}  ${name}`);
  return [
    `profile ${file} (${(total / 1e6).toFixed(1)} s sampled)`,
    'top self time by function:',
    ...rank(selfByFunction),
    'self time by package:',
    ...rank(selfByOwner).slice(0, 15),
  ].join('\n');
}
