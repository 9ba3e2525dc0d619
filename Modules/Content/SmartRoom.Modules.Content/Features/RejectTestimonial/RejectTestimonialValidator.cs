namespace SmartRoom.Modules.Content.Features.RejectTestimonial;

internal sealed class RejectTestimonialValidator : AbstractValidator<RejectTestimonial>
{
    public RejectTestimonialValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(2000);
}
