namespace SmartRoom.Modules.Content.Features.WithdrawConsentedTestimonials;

/// <summary>
/// A person withdrew their consent to testimonial publication at <see cref="WithdrawnAt"/> (Privacy's ledger): every
/// testimonial of theirs whose consent was given before then is withdrawn, on the record with no actor (the system), and
/// the author told. A testimonial consented to after the withdrawal (a late or repeated event) is left alone; one
/// withdrawn already is skipped, so the command may come twice.
/// </summary>
internal sealed record WithdrawConsentedTestimonials(Guid UserId, DateTimeOffset WithdrawnAt) : ICommand<Result<int>>;
