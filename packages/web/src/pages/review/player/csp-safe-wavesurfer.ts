import Renderer from 'wavesurfer.js/dist/renderer.js';
import WaveSurfer, { type WaveSurferOptions } from 'wavesurfer.js/dist/wavesurfer.js';
import shadowCss from './wavesurfer-shadow.css?inline';

interface ShadowBuilder {
  initHtml(): [HTMLElement, ShadowRoot];
}

let patched = false;

/**
 * wavesurfer.js builds its shadow DOM from an HTML string that contains a <style> element. Our CSP
 * (style-src 'self', no 'unsafe-inline', no per-request nonce) blocks that element, which leaves the canvases
 * unpositioned and logs a violation. This replaces that one step: the same elements, built with DOM calls, and
 * the same rules adopted as a constructed stylesheet (CSSOM from our own bundled script, which CSP allows).
 * It relies on wavesurfer's unbundled ESM build, where Renderer is a shared module; `renderer.js` queries the
 * elements by these class names right after calling initHtml (checked for wavesurfer.js 8.0).
 */
function patchRenderer(): void {
  if (patched) return;
  patched = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(shadowCss);
  (Renderer.prototype as unknown as ShadowBuilder).initHtml = () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sheet];
    const scroll = part('scroll', shadow);
    const wrapper = part('wrapper', scroll);
    for (const name of ['canvases', 'progress', 'cursor']) part(name, wrapper);
    return [host, shadow];
  };
}

function part(name: string, parent: Node): HTMLDivElement {
  const element = document.createElement('div');
  element.className = name;
  element.setAttribute('part', name);
  parent.appendChild(element);
  return element;
}

export function createWaveSurfer(options: WaveSurferOptions): WaveSurfer {
  patchRenderer();
  return WaveSurfer.create(options);
}

export type { WaveSurfer };
