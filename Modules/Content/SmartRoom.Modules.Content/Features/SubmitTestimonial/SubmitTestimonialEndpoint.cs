using SmartRoom.Modules.Content.Uploads;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.SubmitTestimonial;

internal static class SubmitTestimonialEndpoint
{
    public static void Map(IEndpointRouteBuilder testimonials) =>
        testimonials.MapPost("/testimonials", async (HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var (form, refusal) = await MultipartForm.ReadAsync(http, ct);
                if (refusal is not null)
                {
                    return refusal;
                }

                var fields = TestimonialForm.Bind(form!);
                return fields.IsSuccess
                    ? (await sender.Send(new SubmitTestimonial(fields.Value, form!.File("logo"), form.File("photo")), ct))
                        .ToHttp(t => TypedResults.Created("/api/content/testimonials/mine", t))
                    : fields.Error.ToProblem();
            })
            .WithName("SubmitTestimonial")
            .WithSummary("multipart/form-data: quote, name, title, company, showName, showCompany, showLogo, showPhoto, consentVersion, logo?, photo? (PNG, JPEG or WebP, at most 5 MB). Waits for moderation.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<MyTestimonialView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery()
            .RequireAuthorization();
}
