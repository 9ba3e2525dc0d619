using System.Globalization;

namespace SmartRoom.Modules.Content.Uploads;

/// <summary>
/// The testimonial form's fields bound from a multipart form: texts as sent, the <c>show…</c> choices as
/// <c>true</c>/<c>false</c> (also <c>on</c>, as a checkbox sends it; missing means false), <c>consentVersion</c> as a
/// number; a value that is none of these is a 400 naming the field.
/// </summary>
internal static class TestimonialForm
{
    public static Result<TestimonialFields> Bind(UploadForm form)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        bool Flag(string name)
        {
            var value = form.Field(name)?.Trim();
            if (string.IsNullOrEmpty(value) || value.Equals("false", StringComparison.OrdinalIgnoreCase) || value == "0")
            {
                return false;
            }

            if (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("on", StringComparison.OrdinalIgnoreCase) || value == "1")
            {
                return true;
            }

            errors[name] = ["Send true or false."];
            return false;
        }

        int? version = null;
        if (form.Field("consentVersion")?.Trim() is { Length: > 0 } text)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                version = parsed;
            }
            else
            {
                errors["consentVersion"] = ["Send the version number of the consent text you were shown."];
            }
        }

        var fields = new TestimonialFields(
            form.Field("quote"), form.Field("name"), form.Field("title"), form.Field("company"),
            Flag("showName"), Flag("showCompany"), Flag("showLogo"), Flag("showPhoto"), version);
        return errors.Count == 0 ? fields : Error.Validation(errors);
    }
}
