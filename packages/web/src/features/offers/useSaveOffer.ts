import { useMutation } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblem } from '../../shared/problems';
import { FIELD_NAMES, offerInput, type OfferFormValues } from './offerFormModel';
import {
  CsrCreateOfferDocument,
  CsrOffersDocument,
  CsrUpdateOfferDocument,
  type CsrOfferFragment,
} from './organizationOffers.generated';

/**
 * Saving the offer form: creates the offer (a DRAFT, and the organisation's list is read again) or updates it. A
 * refusal lands on the fields it names; the rest is `problem`, for above the form.
 */
export function useSaveOffer({
  organizationId,
  offer,
  form,
  onSaved,
}: {
  organizationId: string;
  offer: CsrOfferFragment | null;
  form: FormInstance<OfferFormValues>;
  onSaved(offer: CsrOfferFragment, created: boolean): void;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [create, creating] = useMutation(CsrCreateOfferDocument, {
    refetchQueries: [{ query: CsrOffersDocument, variables: { organizationId } }],
    awaitRefetchQueries: true,
  });
  const [update, updating] = useMutation(CsrUpdateOfferDocument);

  const save = async (values: OfferFormValues) => {
    setProblem(null);
    const category = offer?.category ?? values.category!;
    const common = offerInput(category, values);
    try {
      if (offer) {
        const { data } = await update({ variables: { input: { offerId: offer.id, ...common } } });
        if (data) onSaved(data.updateResourceOffer.offer, false);
      } else {
        const { data } = await create({ variables: { input: { organizationId, category, ...common } } });
        if (data) onSaved(data.createResourceOffer.offer, true);
      }
    } catch (error) {
      setProblem(formProblem(t, form, error, FIELD_NAMES, { values: { unit: offer?.unit ?? values.unit } }));
    }
  };

  return { save, problem, saving: creating.loading || updating.loading };
}
