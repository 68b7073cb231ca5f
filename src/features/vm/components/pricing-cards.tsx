import { formatPrice } from "@/utils/format-money";
import { Placeholder } from "@/components/ui/placeholder";
import type { VmPricing } from "../api/vm-schema";
import { vmDetailsText } from "./vm-details-text";

interface PricingCardsProps {
  /** Without prices, the same cards with placeholders. */
  pricing: VmPricing | undefined;
  currency: string;
}

/** Hourly and monthly price, with every digit the API gave. */
export function PricingCards({ pricing, currency }: PricingCardsProps) {
  const cards = [
    {
      label: vmDetailsText.pricing.perHour,
      value: pricing && formatPrice(pricing.hourly, currency),
    },
    {
      label: vmDetailsText.pricing.perMonth,
      value: pricing && formatPrice(pricing.monthly, currency),
    },
  ];
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-2 gap-3">
        {cards.map((card) => (
          <div
            key={card.label}
            className="rounded-xl border border-slate-200 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-950"
          >
            <dt className="text-sm text-slate-600 dark:text-slate-400">{card.label}</dt>
            {/* Broken at a space before within a figure: a price's digits stay together. */}
            <dd className="mt-1 text-2xl font-semibold tracking-tight tabular-nums break-words">
              {card.value ?? <Placeholder />}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {vmDetailsText.pricing.currencyNote(currency)}
      </p>
    </div>
  );
}
