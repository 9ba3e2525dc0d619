using Wolverine;

namespace SmartRoom.Modules.Content.Features.GetTestimonialConsentText;

internal sealed class GetTestimonialConsentTextHandler(IMessageBus bus) : IQueryHandler<GetTestimonialConsentText, Result<TestimonialConsentTextView>>
{
    public async ValueTask<Result<TestimonialConsentTextView>> Handle(GetTestimonialConsentText query, CancellationToken cancellationToken)
    {
        var text = await TestimonialConsentText.CurrentAsync(bus, cancellationToken);
        return text.Found
            ? new TestimonialConsentTextView(text.Purpose, text.Version, text.Title, text.Text, text.TextSha256)
            : Error.NotFound("consent text");
    }
}
