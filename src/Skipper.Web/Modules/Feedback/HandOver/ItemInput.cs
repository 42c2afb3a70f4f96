using Skipper.Web.Modules.Feedback.Instruments;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Feedback.HandOver;

/// <summary>One item's field: a number field 0–10 that takes 7,3 and 7.3 (empty until the person answers), or radio buttons for a rating.</summary>
public sealed record ItemInput(string Id, string Name, InstrumentItem Item, string? Value, FieldError? Error, string Language);
