using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace SmartRoom.Modules.Notifications.Templates;

/// <summary>
/// Liquid templates (Fluid) embedded in the module, one file per email with <c>=== subject ===</c>,
/// <c>=== text ===</c> and <c>=== html ===</c> sections. The HTML section renders with
/// <see cref="HtmlEncoder"/>, so every value is encoded; subject and text render as plain text.
/// </summary>
internal sealed class TemplateRenderer
{
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = new();
    private readonly ConcurrentDictionary<string, (IFluidTemplate Subject, IFluidTemplate Text, IFluidTemplate Html)> _templates = new(StringComparer.Ordinal);

    public RenderedEmail Render(string template, IReadOnlyDictionary<string, object?> model)
    {
        var (subject, text, html) = _templates.GetOrAdd(template, Load);
        var context = new TemplateContext(Options);
        foreach (var (key, value) in model)
        {
            context.SetValue(key, FluidValue.Create(value, Options));
        }

        return new RenderedEmail(
            template,
            subject.Render(context, NullEncoder.Default).Trim(),
            text.Render(context, NullEncoder.Default).Trim() + "\n\n-- \nSmartRoom\n",
            Layout(html.Render(context, HtmlEncoder.Default), HtmlEncoder.Default.Encode(subject.Render(context, NullEncoder.Default).Trim())));
    }

    private static (IFluidTemplate, IFluidTemplate, IFluidTemplate) Load(string template)
    {
        using var stream = typeof(TemplateRenderer).Assembly.GetManifestResourceStream($"SmartRoom.Modules.Notifications.Templates.{template}.liquid")
            ?? throw new InvalidOperationException($"No email template '{template}'.");
        using var reader = new StreamReader(stream);
        var source = reader.ReadToEnd();
        return (Parse(Section(source, "subject"), template), Parse(Section(source, "text"), template), Parse(Section(source, "html"), template));
    }

    private static string Section(string source, string name)
    {
        var marker = $"=== {name} ===";
        var start = source.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"Template section '{name}' is missing.");
        }

        start += marker.Length;
        var end = source.IndexOf("=== ", start, StringComparison.Ordinal);
        return (end < 0 ? source[start..] : source[start..end]).Trim('\n', '\r');
    }

    private static IFluidTemplate Parse(string source, string template) =>
        Parser.TryParse(source, out var parsed, out var error)
            ? parsed
            : throw new InvalidOperationException($"Email template '{template}' does not parse: {error}");

    private static string Layout(string body, string encodedTitle) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{encodedTitle}</title></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">
        {body}
        <p style="color:#888;font-size:12px">SmartRoom</p>
        </body></html>
        """;
}
