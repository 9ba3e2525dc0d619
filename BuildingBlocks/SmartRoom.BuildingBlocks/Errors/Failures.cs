using System.Diagnostics.CodeAnalysis;

namespace SmartRoom.BuildingBlocks.Errors;

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
