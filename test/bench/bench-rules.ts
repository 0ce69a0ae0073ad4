// How long a full check of a filled entry form takes: it runs on every keystroke, so it must stay far
// below a frame (16 ms). Prints median and p95 over many runs of several realistic forms.
import { runChecks } from '../../utils/rules/engine.ts';
import { historyFromList } from '../../utils/rules/history.ts';
import type { FormSnapshot } from '../../utils/rules/types.ts';

const base = {
  supplierDesignation: 'MENUISERIE DUPONT', billingFrame: "A1: Dépôt par un fournisseur d'une facture", recipientIsState: 'NON',
  recipientSiret: '21420218600018', recipientName: 'VILLE DE SAINT ETIENNE', serviceCode: '', invoiceNumber: '86205',
  invoiceDate: '03/06/2019', currency: 'EUR - Euro européen', documentType: 'Facture', engagementNumber: '24 01 234',
  marketNumber: '', vatType: 'TVA sur les encaissements', paymentMode: 'Virement', totalHT: '1 000,00', totalTVA: '200,00',
  totalTTCBeforeDiscount: '1 200,00', globalDiscountTTC: '', totalTTC: '1 200,00', netAPayer: '1 200,00',
};
const forms: FormSnapshot[] = [
  { page: 'saisie', fields: base },
  { page: 'saisie', fields: { ...base, engagementNumber: '', serviceCode: 'SERVEXEC', totalTTC: '1 300,00' } },
  { page: 'saisie', fields: { ...base, recipientSiret: '11000201100044', invoiceDate: '3 juin 2019' } },
];
const history = historyFromList(Array.from({ length: 2000 }, (_, index) => ({ invoiceNumber: `F${index}`, recipientSiret: '21420218600018' })));
const pdf = { invoiceNumber: '86205', invoiceDate: '2019-06-03', totalHT: '1000.00', totalTVA: '200.00', totalTTC: '1200.00', netAPayer: '1200.00', engagementNumber: '2401234' };

for (let warm = 0; warm < 2000; warm++) runChecks({ snapshot: forms[warm % 3]!, history, pdf });
const samples: number[] = [];
for (let run = 0; run < 20000; run++) {
  const start = performance.now();
  runChecks({ snapshot: forms[run % 3]!, history, pdf });
  samples.push(performance.now() - start);
}
samples.sort((a, b) => a - b);
const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
console.log(`full check of a filled form (${samples.length} runs): median ${(at(0.5) * 1000).toFixed(1)} µs, p95 ${(at(0.95) * 1000).toFixed(1)} µs, p99 ${(at(0.99) * 1000).toFixed(1)} µs, max ${(at(1) * 1000).toFixed(1)} µs`);
