using SmartRoom.Modules.Content.Uploads;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.SubmitTestimonialOnBehalf;

internal static class SubmitTestimonialOnBehalfEndpoint
{
    public static void Map(IEndpointRouteBuilder moderation) =>
        moderation.MapPost("/testimonials", async (HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var (form, refusal) = await MultipartForm.ReadAsync(http, ct);
                if (refusal is not null)
                {
                    return refusal;
                }

                var fields = TestimonialForm.Bind(form!);
                return fields.IsSuccess
                    ? (await sender.Send(new SubmitTestimonialOnBehalf(
                            fields.Value, form!.Field("authorEmail"), form.File("writtenConsent"), form.File("logo"), form.File("photo")), ct))
                        .ToHttp(t => TypedResults.Created($"/api/content/moderation/testimonials/{t.Id}", t))
                    : fields.Error.ToProblem();
            })
            .WithName("SubmitTestimonialOnBehalf")
            .WithSummary("Marketing, for a customer without an account: the testimonial form's fields plus authorEmail and writtenConsent (the signed consent, a PDF or an image).")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ModerationTestimonialView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();
}
