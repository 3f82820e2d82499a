import { LitElement, html } from 'lit';
class ImpasseAdvisor extends LitElement { render() { return html`<p>hi</p>`; } }
customElements.define('impasse-advisor', ImpasseAdvisor);
