using System.Diagnostics.CodeAnalysis;

namespace SmartRoom.BuildingBlocks.Errors;

/// <summary>The outcome of a command or query: a value, or an <see cref="Error"/>. Exceptions are for bugs.</summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    public Error? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error.Code}.");

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(Error error) => new(default, error);

#pragma warning disable CA2225 // Success/Failure are the named alternates.
    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
#pragma warning restore CA2225
}

/// <summary>A command that answers nothing but success.</summary>
public readonly record struct Done
{
    public static readonly Done Value;
}

/// <summary>Builds a failed <typeparamref name="TResponse"/> inside generic pipeline behaviours.</summary>
public static class Failures<TResponse>
{
    private static readonly Func<Error, TResponse>? Factory = Build();

    public static TResponse From(Error error) => Factory is not null
        ? Factory(error)
        : throw new InvalidOperationException(
            $"{typeof(TResponse).Name} is not a Result<T>; every request must answer with Result<T>.");

    private static Func<Error, TResponse>? Build()
    {
        var type = typeof(TResponse);
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Result<>))
        {
            return null;
        }

        var method = type.GetMethod(nameof(Result<int>.Failure))!;
        return method.CreateDelegate<Func<Error, TResponse>>();
    }
}
