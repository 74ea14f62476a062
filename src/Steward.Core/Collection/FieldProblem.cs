namespace Steward.Core.Collection;

/// <summary>What is wrong with one value of a form; pages turn it into words in the visitor's language.</summary>
public enum FieldProblem
{
    Required,
    TooLong,
    TooShort,
    Markup,
    ControlCharacters,
    NotAnEmail,
    NotATelephone,
    NotADate,
    DateInFuture,
    DateTooEarly,
    NotAChoice,
    TooManyValues,
    ConsentRequired,
    UnknownField,
}

/// <summary>One problem beside one field (a form field id, or "consent:&lt;purpose&gt;").</summary>
/// <param name="Limit">The length limit broken, for <see cref="FieldProblem.TooLong"/> and <see cref="FieldProblem.TooShort"/>.</param>
public sealed record FieldError(string Field, FieldProblem Problem, int? Limit = null);
