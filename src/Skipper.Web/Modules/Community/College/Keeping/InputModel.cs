using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.College.Keeping;

/// <summary>One labelled field of the keeping forms, with its error.</summary>
public sealed record InputModel(string Id, string Name, string LabelKey, string? Value, FieldError? Error, string Type = "text", int? MaxLength = null);
