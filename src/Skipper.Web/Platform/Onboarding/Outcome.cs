using System.Diagnostics.CodeAnalysis;

namespace Skipper.Web.Platform.Onboarding;

public enum RefusalKind
{
    Invalid,
    NotFound,
    Conflict,
    Gone,
    Forbidden,

    /// <summary>Too many requests from one client in a while (a rate limit).</summary>
    TooMany,
}

/// <summary>A field the user must fix, with the text key that says how (and its one argument, if the text has one).</summary>
public sealed record FieldError(string Field, string MessageKey, object? Argument = null);

/// <summary>Why a request was refused. A refused request has changed nothing.</summary>
public sealed record Refusal(RefusalKind Kind, string MessageKey, IReadOnlyList<FieldError> Fields)
{
    public const string InvalidKey = "Onboarding.Error.Invalid";

    public int Status => Kind switch
    {
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        RefusalKind.Gone => StatusCodes.Status410Gone,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.TooMany => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status400BadRequest,
    };

    public static Refusal Invalid(IReadOnlyList<FieldError> fields) => new(RefusalKind.Invalid, InvalidKey, fields);

    public static Refusal Of(RefusalKind kind, string messageKey, string? field = null) =>
        new(kind, messageKey, field is null ? [] : [new FieldError(field, messageKey)]);

    public FieldError? ErrorFor(string field) => Fields.FirstOrDefault(f => f.Field == field);
}

/// <summary>What a handler answers: the value, or why it refused. Pages and the API both read it.</summary>
public sealed record Outcome<T>(T? Value, Refusal? Refusal)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Refusal is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Refusal refusal) => new(null, refusal);
}
