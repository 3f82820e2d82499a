// <impasse-advisor>: recommendations for a therapeutic impasse, rendered the way a clinician must see
// them (alerts first, pinned strategies marked, withheld strategies with their reasons), with feedback.
// Attributes: base-url (the service; default this page's origin), descriptor (JSON: recommend at once,
// no form), limit, lang. Property: tokenProvider (async () => bearer token). Events:
// impasse-recommendation (detail: the answer), impasse-feedback (detail: the feedback as recorded).
import { LitElement, html, css, nothing } from 'lit';

// The override reasons of the contract (FeedbackRequest.reason).
const OVERRIDE_REASONS = [
  ['NOT_APPLICABLE', 'Not applicable to this client'],
  ['ALREADY_TRIED', 'Already tried'],
  ['CLIENT_DECLINED', 'The client declined'],
  ['CLINICAL_JUDGEMENT', 'Clinical judgement'],
  ['OTHER', 'Other'],
];

const OUTCOME_WORDS = {
  ACCEPTED: 'Accepted',
  OVERRIDDEN: 'Overridden',
  RESOLVED: 'Resolved',
  NOT_RESOLVED: 'Not resolved',
};

// Labels of the descriptor's fields; the values and their labels come from GET /api/v1/catalog.
const FIELD_LABELS = {
  rootCauses: 'What the impasse is rooted in',
  concerns: 'Presenting concerns',
  'client.ageGroup': 'Age group',
  'client.attendance': 'Attendance',
  'client.readiness': 'Readiness for change',
  'client.suicideRisk': 'Recorded suicide risk',
  'client.culturalFactors': 'Cultural background relevant',
  'client.returning': 'Returning after leaving over an impasse',
  'alliance.srsTotal': 'SRS total (0-40)',
  'alliance.ruptureMarkers': 'Rupture markers',
  'progress.sessionsCompleted': 'Sessions completed',
  'progress.weeksWithoutProgress': 'Weeks without progress',
  'progress.orsTrend': 'ORS trend',
  'measures.phq9Total': 'PHQ-9 total (0-27)',
  'measures.phq9Item9': 'PHQ-9 item 9 (0-3)',
  'measures.gad7Total': 'GAD-7 total (0-21)',
  'measures.pcl5Total': 'PCL-5 total (0-80)',
  'therapist.trainedIn': 'Therapist trained in',
  limit: 'Most strategies shown',
};
const MULTI = new Set(['rootCauses', 'concerns', 'alliance.ruptureMarkers', 'therapist.trainedIn']);
const FLAGS = ['client.culturalFactors', 'client.returning'];
const NUMBERS = [
  ['alliance.srsTotal', 0.1],
  ['progress.sessionsCompleted', 1],
  ['progress.weeksWithoutProgress', 1],
  ['measures.phq9Total', 1],
  ['measures.phq9Item9', 1],
  ['measures.gad7Total', 1],
  ['measures.pcl5Total', 1],
];

/** A problem answer (RFC 9457) or a failure to reach the service. */
class ServiceProblem extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `The service answered ${status}.`);
    this.status = status;
    this.problem = problem || {};
  }
}

const label = (field) => FIELD_LABELS[field] || field;

function setPath(target, path, value) {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node = node[part] = node[part] || {};
  }
  node[parts[parts.length - 1]] = value;
}

export class ImpasseAdvisor extends LitElement {
  static properties = {
    baseUrl: { attribute: 'base-url' },
    descriptor: {},
    limit: { type: Number },
    _catalog: { state: true },
    _answer: { state: true },
    _problem: { state: true },
    _busy: { state: true },
    _feedback: { state: true },
    _overriding: { state: true },
  };

  static styles = css`
    :host {
      display: block;
      font-family: var(--impasse-font, system-ui, -apple-system, 'Segoe UI', sans-serif);
      font-size: var(--impasse-font-size, 1rem);
      line-height: 1.45;
      color: var(--impasse-fg, #1b1f24);
      background: var(--impasse-bg, #ffffff);
      --_accent: var(--impasse-accent, #0b5cad);
      --_critical: var(--impasse-critical, #8f1118);
      --_warning: var(--impasse-warning, #6b4500);
      --_muted: var(--impasse-muted, #4a525c);
      --_radius: var(--impasse-radius, 6px);
      --_gap: var(--impasse-gap, 0.75rem);
      overflow-wrap: anywhere;
    }
    * { box-sizing: border-box; }
    h2, h3, h4 { line-height: 1.25; margin: 0 0 0.4rem; }
    h2 { font-size: 1.2rem; }
    h3 { font-size: 1.05rem; }
    h4 { font-size: 0.95rem; margin-top: 0.6rem; }
    p { margin: 0.3rem 0; }
    ul, ol { margin: 0.2rem 0; padding-left: 1.3rem; }
    form { display: grid; gap: var(--_gap); }
    fieldset { border: 1px solid #c3c9d0; border-radius: var(--_radius); padding: 0.5rem 0.75rem; margin: 0; min-width: 0; }
    legend { font-weight: 600; padding: 0 0.25rem; }
    .choices { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
    .choices label { display: inline-flex; gap: 0.3rem; align-items: center; min-height: 24px; }
    .fields { display: grid; gap: 0.5rem 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr)); }
    .field { display: grid; gap: 0.15rem; }
    .field label { font-weight: 500; }
    input[type='number'], select { font: inherit; padding: 0.35rem; border: 1px solid #6b7580; border-radius: 4px; min-height: 2.25rem; width: 100%; background: #fff; color: inherit; }
    button {
      font: inherit; cursor: pointer; min-height: 2.25rem; padding: 0.35rem 0.9rem;
      border-radius: var(--_radius); border: 2px solid var(--_accent); background: var(--_accent); color: #fff;
    }
    button.secondary { background: #fff; color: var(--_accent); }
    button[disabled] { cursor: progress; opacity: 0.75; }
    :focus-visible { outline: 3px solid var(--impasse-focus, #c25e00); outline-offset: 2px; }
    .alerts { display: grid; gap: 0.5rem; margin-bottom: var(--_gap); }
    .alert { border-left: 6px solid var(--_warning); background: #fff6e0; padding: 0.6rem 0.8rem; border-radius: var(--_radius); color: #3d2800; }
    .alert.critical { border-left-color: var(--_critical); background: #fdecec; color: #4d070b; font-weight: 600; }
    .severity { text-transform: uppercase; letter-spacing: 0.04em; font-size: 0.8rem; font-weight: 700; }
    .strategies { list-style: none; padding: 0; margin: 0; display: grid; gap: var(--_gap); }
    .strategy { border: 1px solid #c3c9d0; border-radius: var(--_radius); padding: 0.75rem; }
    .strategy.pinned { border: 2px solid var(--_critical); }
    .badge { display: inline-block; font-size: 0.8rem; font-weight: 700; padding: 0.05rem 0.45rem; border-radius: 999px; background: var(--_critical); color: #fff; margin-left: 0.4rem; vertical-align: middle; }
    .rank { color: var(--_muted); font-weight: 600; }
    .cautions li { color: #4d070b; }
    details { margin-top: 0.4rem; }
    summary { cursor: pointer; font-weight: 600; min-height: 24px; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin-top: 0.6rem; }
    .recorded { color: #0d5a2a; font-weight: 600; }
    .withheld { margin-top: var(--_gap); border: 1px dashed #8a939c; border-radius: var(--_radius); padding: 0.6rem 0.8rem; }
    .note { padding: 0.6rem 0.8rem; background: #eef3f8; border-radius: var(--_radius); }
    .error { border-left: 6px solid var(--_critical); background: #fdecec; color: #4d070b; padding: 0.6rem 0.8rem; border-radius: var(--_radius); margin: var(--_gap) 0; }
    .muted { color: var(--_muted); font-size: 0.9rem; }
    a { color: var(--_accent); }
  `;

  constructor() {
    super();
    this.limit = undefined;
    this.tokenProvider = null;
    this._feedback = {};
    this._overriding = null;
    this._busy = false;
  }

  connectedCallback() {
    super.connectedCallback();
    if (!this.descriptor) {
      this._loadCatalog();
    }
  }

  updated(changed) {
    if (changed.has('descriptor') && this.descriptor) {
      let parsed;
      try {
        parsed = JSON.parse(this.descriptor);
      } catch (e) {
        this._problem = new ServiceProblem(0, { title: 'The descriptor attribute is not valid JSON', detail: e.message });
        return;
      }
      this._recommend(parsed);
    }
  }

  _base() {
    return this.baseUrl || window.location.origin;
  }

  async _call(path, options = {}) {
    const headers = { Accept: 'application/json, application/problem+json', ...(options.headers || {}) };
    if (typeof this.tokenProvider === 'function') {
      const token = await this.tokenProvider();
      if (token) headers.Authorization = `Bearer ${token}`;
    }
    let response;
    try {
      response = await fetch(new URL(path, this._base()), { ...options, headers });
    } catch (e) {
      throw new ServiceProblem(0, { title: 'The service could not be reached', detail: `${this._base()}: ${e.message}` });
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new ServiceProblem(response.status, body);
    return body;
  }

  async _loadCatalog() {
    try {
      this._catalog = await this._call('/api/v1/catalog');
    } catch (problem) {
      this._problem = problem;
    }
  }

  async _recommend(descriptor) {
    if (this.limit && descriptor.limit === undefined) descriptor.limit = this.limit;
    this._busy = true;
    this._problem = undefined;
    try {
      this._answer = await this._call('/api/v1/recommendations', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(descriptor),
      });
      this._feedback = {};
      this._overriding = null;
      this.dispatchEvent(new CustomEvent('impasse-recommendation', { detail: this._answer, bubbles: true, composed: true }));
    } catch (problem) {
      this._answer = undefined;
      this._problem = problem;
    } finally {
      this._busy = false;
    }
    if (!this.descriptor) {
      // From the form: take keyboard and screen-reader users to what came back.
      await this.updateComplete;
      const landing = this.renderRoot.querySelector('[part="error"], [part="alerts"], [part="result"] h2');
      if (landing) landing.focus();
    }
  }

  async _give(strategyId, outcome, reason) {
    const key = `${strategyId}`;
    this._feedback = { ...this._feedback, [key]: { ...(this._feedback[key] || {}), pending: outcome, error: undefined } };
    try {
      const body = { strategyId, outcome };
      if (reason) body.reason = reason;
      const recorded = await this._call(`/api/v1/recommendations/${this._answer.recommendationId}/feedback`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const state = this._feedback[key] || {};
      this._feedback = { ...this._feedback, [key]: { ...state, pending: undefined, [outcome]: recorded, last: recorded } };
      this._overriding = null;
      this.dispatchEvent(new CustomEvent('impasse-feedback', { detail: recorded, bubbles: true, composed: true }));
    } catch (problem) {
      this._feedback = { ...this._feedback, [key]: { ...(this._feedback[key] || {}), pending: undefined, error: problem } };
    }
  }

  _submit(event) {
    event.preventDefault();
    const form = event.target;
    const data = new FormData(form);
    const descriptor = {};
    for (const field of Object.keys(this._catalog.vocabulary)) {
      if (MULTI.has(field)) {
        const values = data.getAll(field);
        if (values.length || field === 'rootCauses') setPath(descriptor, field, values);
      } else {
        const value = data.get(field);
        if (value) setPath(descriptor, field, value);
      }
    }
    for (const [field] of NUMBERS) {
      const value = data.get(field);
      if (value !== null && value !== '') setPath(descriptor, field, Number(value));
    }
    for (const field of FLAGS) {
      const value = data.get(field);
      if (value) setPath(descriptor, field, value === 'true');
    }
    this._recommend(descriptor);
  }

  render() {
    return html`<div part="container" lang=${this.lang || 'en'}>
      ${this.descriptor ? nothing : this._form()}
      <div aria-live="polite" class="muted">${this._busy ? 'Asking the service…' : nothing}</div>
      ${this._problem ? this._error(this._problem) : nothing}
      ${this._answer ? this._result(this._answer) : nothing}
    </div>`;
  }

  _form() {
    if (!this._catalog) {
      return this._problem ? nothing : html`<p class="muted">Loading the form…</p>`;
    }
    const vocabulary = this._catalog.vocabulary;
    const multi = Object.keys(vocabulary).filter((f) => MULTI.has(f));
    const single = Object.keys(vocabulary).filter((f) => !MULTI.has(f));
    return html`<form part="form" @submit=${this._submit} novalidate>
      <h2>Describe the impasse</h2>
      <p class="muted">Only the root causes are needed; leave anything unknown empty.</p>
      ${multi.map((field) => html`<fieldset>
        <legend>${label(field)}${field === 'rootCauses' ? html` <span class="muted">(at least one)</span>` : nothing}</legend>
        <div class="choices">
          ${vocabulary[field].map((term) => html`<label title=${term.description}>
            <input type="checkbox" name=${field} value=${term.value}>${term.label}</label>`)}
        </div>
      </fieldset>`)}
      <fieldset>
        <legend>What is known</legend>
        <div class="fields">
          ${single.map((field) => html`<div class="field">
            <label for=${`f-${field}`}>${label(field)}</label>
            <select id=${`f-${field}`} name=${field}>
              <option value="">Unknown</option>
              ${vocabulary[field].map((term) => html`<option value=${term.value} title=${term.description}>${term.label}</option>`)}
            </select>
          </div>`)}
          ${FLAGS.map((field) => html`<div class="field">
            <label for=${`f-${field}`}>${label(field)}</label>
            <select id=${`f-${field}`} name=${field}>
              <option value="">Unknown</option><option value="true">Yes</option><option value="false">No</option>
            </select>
          </div>`)}
          ${NUMBERS.map(([field, step]) => html`<div class="field">
            <label for=${`f-${field}`}>${label(field)}</label>
            <input id=${`f-${field}`} name=${field} type="number" step=${step} inputmode="decimal">
          </div>`)}
        </div>
      </fieldset>
      <div class="actions"><button part="button submit" type="submit" ?disabled=${this._busy}>Recommend strategies</button></div>
    </form>`;
  }

  _error(problem) {
    const errors = (problem.problem && problem.problem.errors) || [];
    return html`<div part="error" class="error" role="alert" tabindex="-1">
      <strong>${problem.problem.title || 'The service could not answer'}</strong>
      <p>${problem.message}</p>
      ${errors.length ? html`<ul>${errors.map((e) => html`<li>
        <strong>${label(e.field)}</strong> <code>${e.field}</code>: ${e.message}${e.allowed && e.allowed.length
          ? html` <span class="muted">(allowed: ${e.allowed.join(', ')})</span>` : nothing}</li>`)}</ul>` : nothing}
    </div>`;
  }

  _result(answer) {
    return html`<section part="result" aria-label="Recommendation">
      ${answer.alerts.length ? html`<div part="alerts" class="alerts" role="alert" tabindex="-1">
        ${answer.alerts.map((a) => html`<div part="alert" class="alert ${a.severity === 'CRITICAL' ? 'critical' : ''}">
          <span class="severity">${a.severity === 'CRITICAL' ? 'Critical' : 'Warning'}</span>
          <p>${a.message}</p>
        </div>`)}
      </div>` : nothing}
      <h2 tabindex="-1">Strategies</h2>
      ${answer.strategies.length ? html`<ol part="strategies" class="strategies">
        ${answer.strategies.map((s) => this._strategy(s))}
      </ol>` : html`<p part="note" class="note">${answer.note || 'No strategy matched this impasse.'}</p>`}
      ${answer.withheld.length ? html`<section part="withheld" class="withheld" aria-label="Withheld strategies">
        <h3>Withheld for safety</h3>
        <ul>${answer.withheld.map((w) => html`<li><strong>${w.title}</strong>: ${w.reason}</li>`)}</ul>
      </section>` : nothing}
      <p class="muted">Decision support, not a diagnosis: the clinician decides. Catalog ${answer.catalog.version}.</p>
    </section>`;
  }

  _strategy(s) {
    const headingId = `s-${s.id}`;
    return html`<li part="strategy" class="strategy ${s.pinned ? 'pinned' : ''}" data-strategy=${s.id}>
      <article aria-labelledby=${headingId}>
        <h3 id=${headingId}><span class="rank">${s.rank}.</span> ${s.title}${s.pinned
          ? html`<span part="pinned" class="badge">Safety first</span>` : nothing}</h3>
        <p>${s.summary}</p>
        <h4>Steps</h4>
        <ol>${s.steps.map((step) => html`<li>${step}</li>`)}</ol>
        ${s.cautions.length ? html`<h4>Cautions</h4><ul class="cautions">${s.cautions.map((c) => html`<li>${c}</li>`)}</ul>` : nothing}
        ${s.reasons.length ? html`<details><summary>Why this strategy</summary>
          <ul>${s.reasons.map((r) => html`<li>${r.rationale}</li>`)}</ul></details>` : nothing}
        ${s.references.length ? html`<details><summary>References</summary>
          <ul>${s.references.map((r) => html`<li>${r.url ? html`<a href=${r.url} target="_blank" rel="noopener noreferrer">${r.citation}</a>` : r.citation}</li>`)}</ul></details>` : nothing}
        ${this._feedbackControls(s)}
      </article>
    </li>`;
  }

  _feedbackControls(s) {
    const state = this._feedback[s.id] || {};
    const decided = state.ACCEPTED || state.OVERRIDDEN;
    const busy = Boolean(state.pending);
    const reasonId = `r-${s.id}`;
    return html`<div part="feedback" class="actions">
      ${!decided && this._overriding !== s.id ? html`
        <button part="button accept" type="button" ?disabled=${busy} @click=${() => this._give(s.id, 'ACCEPTED')}>Accept</button>
        <button part="button override" class="secondary" type="button" ?disabled=${busy}
          @click=${() => { this._overriding = s.id; }}>Override</button>` : nothing}
      ${!decided && this._overriding === s.id ? html`
        <label for=${reasonId}>Why not?</label>
        <select id=${reasonId}>${OVERRIDE_REASONS.map(([code, text]) => html`<option value=${code}>${text}</option>`)}</select>
        <button part="button override" type="button" ?disabled=${busy}
          @click=${(e) => this._give(s.id, 'OVERRIDDEN', e.target.parentElement.querySelector('select').value)}>Record override</button>
        <button part="button" class="secondary" type="button" @click=${() => { this._overriding = null; }}>Cancel</button>` : nothing}
      ${decided && !state.RESOLVED && !state.NOT_RESOLVED ? html`
        <span class="muted">Later:</span>
        <button part="button resolved" class="secondary" type="button" ?disabled=${busy} @click=${() => this._give(s.id, 'RESOLVED')}>Resolved</button>
        <button part="button not-resolved" class="secondary" type="button" ?disabled=${busy} @click=${() => this._give(s.id, 'NOT_RESOLVED')}>Not resolved</button>` : nothing}
      <span role="status" part="recorded" class="recorded">${state.last
        ? `${OUTCOME_WORDS[state.last.outcome] || state.last.outcome}${state.last.reason ? ` (${state.last.reason})` : ''}: recorded at ${new Date(state.last.recordedAt).toLocaleTimeString()}`
        : nothing}</span>
      ${state.error ? this._error(state.error) : nothing}
    </div>`;
  }
}

if (!customElements.get('impasse-advisor')) {
  customElements.define('impasse-advisor', ImpasseAdvisor);
}
