using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Guide.Cards;

/// <summary>The two text fields of a card form, with what is in them and what is wrong with them.</summary>
public sealed record CardFields(string? Text, string? TextEn, FieldError? TextError, FieldError? TextEnError)
{
    public static CardFields Of(string? text, string? textEn, Refusal? refusal) =>
        new(text, textEn, refusal?.ErrorFor("text"), refusal?.ErrorFor("textEn"));
}
