/* Steward cookie banner. Embed: <script src="https://STEWARD/banner.js" data-site="SITE_ID"></script>
   Scripts tagged type="text/plain" data-category="..." run only after consent; [data-cookie-settings] reopens. */
(() => {
  const d = document, w = window, me = d.currentScript, base = new URL(me.src).origin, site = me.dataset.site,
    lang = /^zh/i.test(me.dataset.lang || d.documentElement.lang || navigator.language) ? 'zh-CN' : 'en',
    gpc = navigator.globalPrivacyControl === true, K = 'stw_consent',
    S = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage'];
  let cfg, box, back;
  w.dataLayer = w.dataLayer || [];
  function gtag() { w.dataLayer.push(arguments); }
  const signals = on => {
    const o = {};
    S.forEach(s => o[s] = 'denied');
    cfg && cfg.categories.forEach(c => (c.required || on.includes(c.id)) && c.signals.forEach(s => o[s] = 'granted'));
    return o;
  };
  gtag('consent', 'default', { ...signals([]), security_storage: 'granted', wait_for_update: 500 });
  const l = d.createElement('link');
  l.rel = 'stylesheet'; l.href = base + '/banner.css'; d.head.append(l);

  const read = () => {
    const m = d.cookie.match(/(?:^|; )stw_consent=([^;]*)/), p = m ? m[1].split(':') : 0;
    return p && { r: p[0], v: p[1], c: p[2] ? p[2].split('+') : [] };
  };
  const save = st => d.cookie = `${K}=${st.r}:${st.v}:${st.c.join('+')};path=/;max-age=15552000;samesite=lax`;
  const uuid = () => {
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = b[6] & 15 | 64; b[8] = b[8] & 63 | 128;
    const h = [...b].map(x => (x + 256).toString(16).slice(1)).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  const optional = () => cfg.categories.filter(c => !c.required);
  const allowed = on => on.filter(id => optional().some(c => c.id === id && !(gpc && c.gpc)));
  const wipe = on => optional().forEach(c => on.includes(c.id) || c.cookies.forEach(n => {
    const h = location.hostname.split('.');
    h.forEach((_, i) => d.cookie = `${n}=;path=/;max-age=0;domain=${h.slice(i).join('.')}`);
    d.cookie = `${n}=;path=/;max-age=0`;
  }));
  const run = on => d.querySelectorAll('script[type="text/plain"][data-category]').forEach(s => {
    if (!on.includes(s.dataset.category)) return;
    const n = d.createElement('script');
    [...s.attributes].forEach(a => a.name === 'type' || n.setAttribute(a.name, a.value));
    n.text = s.text; s.replaceWith(n);
  });
  const apply = on => { wipe(on); run(on); gtag('consent', 'update', signals(on)); };
  const post = (v, on) => {
    const c = {};
    on && optional().forEach(x => c[x.id] = on.includes(x.id));
    fetch(cfg.choices, { method: 'POST', mode: 'cors', keepalive: true, headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ visitor: v, language: lang, categories: c, gpc }) }).catch(() => 0);
  };
  const choose = picked => {
    const on = allowed(picked), st = { r: cfg.revision, v: (read() || {}).v || uuid(), c: on };
    save(st); apply(on); post(st.v, on); hide();
  };
  const hide = () => { box.remove(); box = 0; back && back.focus && back.focus(); };
  const e = s => String(s).replace(/[&<>"]/g, c => `&#${c.charCodeAt(0)};`);

  function show() {
    if (!cfg) return;
    if (box) return box.firstChild.focus();
    back = d.activeElement;
    {
      const t = cfg.text, st = read(), on = st && st.r === cfg.revision ? st.c : cfg.mode === 'opt_in' ? [] : allowed(optional().map(c => c.id));
      box = d.createElement('div');
      box.className = 'stw-o';
      box.innerHTML = `<div class="stw-b" role="dialog" aria-modal="true" aria-labelledby="stw-t" aria-describedby="stw-d" lang="${lang}" tabindex="-1">`
        + `<h2 id="stw-t">${e(t.title)}</h2><p id="stw-d">${e(t.body)} <a href="${e(cfg.notice)}">${e(t.notice)}</a></p>`
        + `<fieldset><legend>${e(t.cookies)}</legend>` + cfg.categories.map(c => {
          const off = c.required || (gpc && c.gpc);
          return `<label><input type="checkbox" name="${e(c.id)}"${c.required || (!off && on.includes(c.id)) ? ' checked' : ''}${off ? ' disabled' : ''}> ${e(c.name)}`
            + `${c.required ? ` <small>(${e(t.always)})</small>` : ''}</label><p>${e(c.description)}${gpc && c.gpc ? ` <strong>${e(t.gpc)}</strong>` : ''}</p>`;
        }).join('') + `</fieldset><div class="stw-a"><button type="button" data-a="r">${e(t.reject)}</button>`
        + `<button type="button" data-a="s">${e(t.save)}</button><button type="button" data-a="a">${e(t.accept)}</button></div></div>`;
      d.body.append(box);
      box.addEventListener('click', ev => {
        const a = ev.target.dataset && ev.target.dataset.a;
        if (a) choose(a === 'a' ? optional().map(c => c.id) : a === 'r' ? [] : [...box.querySelectorAll('input:checked:not([disabled])')].map(i => i.name));
      });
      box.addEventListener('keydown', ev => {
        if (ev.key === 'Escape' && (read() || {}).r === cfg.revision) hide();
        if (ev.key !== 'Tab') return;
        const f = [...box.querySelectorAll('a,button,input:not([disabled])')], first = f[0], last = f[f.length - 1];
        if (ev.shiftKey ? d.activeElement === first || d.activeElement === box.firstChild : d.activeElement === last) {
          ev.preventDefault(); (ev.shiftKey ? last : first).focus();
        }
      });
    }
    box.firstChild.focus();
  }

  d.addEventListener('click', ev => {
    if (ev.target.closest && ev.target.closest('[data-cookie-settings]')) { ev.preventDefault(); show(); }
  });
  w.StewardConsent = { show };

  const ready = f => d.readyState === 'loading' ? d.addEventListener('DOMContentLoaded', f) : f();
  fetch(`${base}/banner/${encodeURIComponent(site)}/config?lang=${lang}`).then(r => r.json()).then(c => ready(() => {
    cfg = c;
    navigator.sendBeacon && navigator.sendBeacon(c.views, location.pathname);
    const st = read();
    if (st && st.r === c.revision) return apply(allowed(st.c));
    apply(c.mode === 'opt_in' ? [] : allowed(optional().map(x => x.id)));
    if (!st && gpc) { const v = uuid(); save({ r: '', v, c: [] }); post(v, null); }
    show();
  }));
})();
