using SmartRoom.Modules.Content.Uploads;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.EditTestimonial;

internal static class EditTestimonialEndpoint
{
    public static void Map(IEndpointRouteBuilder testimonials) =>
        testimonials.MapPut("/testimonials/{testimonialId:guid}", async (Guid testimonialId, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var (form, refusal) = await MultipartForm.ReadAsync(http, ct);
                if (refusal is not null)
                {
                    return refusal;
                }

                var fields = TestimonialForm.Bind(form!);
                return fields.IsSuccess
                    ? (await sender.Send(new EditTestimonial(testimonialId, fields.Value, form!.File("logo"), form.File("photo")), ct))
                        .ToHttp(t => TypedResults.Ok(t))
                    : fields.Error.ToProblem();
            })
            .WithName("EditTestimonial")
            .WithSummary("The author edits their testimonial (the submission's multipart fields; logo/photo replace the old ones): back to pending until approved again.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<MyTestimonialView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery()
            .RequireAuthorization();
}
