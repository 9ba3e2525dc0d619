using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using SmartRoom.BuildingBlocks.Errors;

namespace SmartRoom.BuildingBlocks.Pipeline;

/// <summary>First in the pipeline: one span and one log line per request, with its outcome.</summary>
public sealed partial class TracingBehavior<TMessage, TResponse>(ILogger<TracingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var name = typeof(TMessage).Name;
        using var activity = Telemetry.Requests.StartActivity(name);
        activity?.SetTag("smartroom.request", typeof(TMessage).FullName);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            if (FailureOf(response) is { } failure)
            {
                activity?.SetTag("smartroom.error", failure.Code);
                LogFailed(name, failure.Code, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            else
            {
                LogHandled(name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return response;
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }

    private static readonly System.Reflection.PropertyInfo? ErrorProperty =
        typeof(TResponse).GetProperty(nameof(Result<int>.Error));

    private static Error? FailureOf(TResponse response) => ErrorProperty?.GetValue(response) as Error;

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Request} handled in {ElapsedMs:0.0} ms")]
    private partial void LogHandled(string request, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} refused with {Code} in {ElapsedMs:0.0} ms")]
    private partial void LogFailed(string request, string code, double elapsedMs);
}
