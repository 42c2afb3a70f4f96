using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans.Shared;

/// <summary>One labelled form field with its hint and error, rendered by _Field.cshtml the same way on every plan page.</summary>
public sealed record FieldModel(
    string Id, string Name, string LabelKey, string? Value, FieldError? Error,
    int Max = 0, string? HintKey = null, bool Multiline = false, string Type = "text", bool Required = false);
