import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
// The zod/mini schema the store uses: this page loads no full zod.
import { LearnerDetailsLight, type LearnerDetails } from '../lib/evidence-types';
import { useDocuments } from '../storage/documents-store';
import { TextField } from '../ui/fields';

const FIELDS: Array<{ name: keyof LearnerDetails; label: string; hint?: string; autoComplete?: string }> = [
  { name: 'name', label: 'Your full name', autoComplete: 'name' },
  { name: 'learnerNumber', label: 'Learner number', hint: 'As given by your training provider or ISP.' },
  { name: 'centre', label: 'Centre or training provider', autoComplete: 'organization' },
  { name: 'assessor', label: 'Your assessor’s name' },
  { name: 'qualification', label: 'Qualification', hint: 'For example: ISP Level 3 Certificate in Professional Sales.' },
];

/** Learner details, entered once and printed on every export. Saved as they are typed. */
export function LearnerDetailsPage() {
  const learner = useDocuments((s) => s.learner);
  const setLearner = useDocuments((s) => s.setLearner);
  const {
    register,
    watch,
    formState: { errors },
  } = useForm<LearnerDetails>({ defaultValues: learner, resolver: zodResolver(LearnerDetailsLight), mode: 'onChange' });

  useEffect(() => {
    const subscription = watch((values) => {
      const parsed = LearnerDetailsLight.safeParse(values);
      if (parsed.success) setLearner(parsed.data);
    });
    return () => subscription.unsubscribe();
  }, [watch, setLearner]);

  return (
    <>
      <h1>My details</h1>
      <p className="lead">
        Enter these once. They appear on every PDF you export, so your assessor can file your evidence. They are saved
        as you type and stay in this browser.
      </p>
      <form className="form-narrow" onSubmit={(e) => e.preventDefault()} noValidate>
        {FIELDS.map((field) => (
          <TextField
            key={field.name}
            label={field.label}
            hint={field.hint}
            autoComplete={field.autoComplete ?? 'off'}
            error={errors[field.name]?.message ? 'This is too long: please shorten it.' : undefined}
            {...register(field.name)}
          />
        ))}
      </form>
    </>
  );
}
