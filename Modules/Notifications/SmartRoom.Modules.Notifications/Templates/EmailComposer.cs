using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.Modules.Notifications.Templates.Models;

namespace SmartRoom.Modules.Notifications.Templates;

/// <summary>
/// Fills a template from its typed model: the email as the recipient gets it (secrets opened) and, when
/// anything in it must not be kept readable (a secret, a deal detail, the unsubscribe link), the copy the
/// delivery log keeps, with each of those replaced by <see cref="Redacted"/>.
/// </summary>
internal sealed class EmailComposer(TemplateRenderer templates, SecretSealer sealer, SmartRoomOptions platform)
{
    public const string Redacted = "[removed from the delivery log]";

    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Name, bool Hidden, bool Secret)[]> Shapes = new();

    public (RenderedEmail Email, RenderedEmail? LogCopy) Compose(EmailModel model, string displayName, string? unsubscribeUrl = null)
    {
        var email = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = displayName,
            ["base_url"] = platform.PublicBaseUrl.TrimEnd('/'),
        };
        var log = new Dictionary<string, object?>(email, StringComparer.Ordinal);
        var redacted = false;
        foreach (var (property, name, hidden, secret) in ShapeOf(model.GetType()))
        {
            var value = Value(property.GetValue(model));
            email[name] = secret && value is string sealedValue ? sealer.Unseal(SecretAttribute.Purpose, sealedValue) : value;
            log[name] = hidden ? Redacted : value;
            redacted |= hidden;
        }

        if (unsubscribeUrl is not null)
        {
            // The one-click link is a live token too: sent, never logged.
            email["unsubscribe"] = unsubscribeUrl;
            log["unsubscribe"] = Redacted;
            redacted = true;
        }

        return (templates.Render(model.Template, email), redacted ? templates.Render(model.Template, log) : null);
    }

    /// <summary>Seals a secret for a model (<see cref="SecretAttribute"/>).</summary>
    public static string Seal(SecretSealer sealer, string secret) => sealer.Seal(SecretAttribute.Purpose, secret);

    private static (PropertyInfo, string, bool, bool)[] ShapeOf(Type type) => Shapes.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.DeclaringType != typeof(EmailModel))
        .Select(p => (p, JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name),
            p.IsDefined(typeof(ConfidentialAttribute)) || p.IsDefined(typeof(SecretAttribute)), p.IsDefined(typeof(SecretAttribute))))
        .ToArray());

    /// <summary>Lists of records (the digest's lines) become lists of name → value, as Liquid reads them.</summary>
    private static object? Value(object? value) => value is IEnumerable items and not string
        ? items.Cast<object>().Select(item => (object)ShapeOf(item.GetType())
            .ToDictionary(p => p.Item2, p => p.Item1.GetValue(item), StringComparer.Ordinal)).ToList()
        : value;
}
