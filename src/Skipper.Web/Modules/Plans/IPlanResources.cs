using System.Security.Claims;

namespace Skipper.Web.Modules.Plans;

/// <summary>What happened when something outside the plan was saved to it.</summary>
public enum ExternalResourceSave
{
    Added,

    /// <summary>The plan already holds the same external resource: nothing was added.</summary>
    AlreadySaved,

    /// <summary>The user is no person with a plan in this municipality: nothing was added.</summary>
    NotAllowed,
}

/// <summary>Other modules save things to the signed-in person's plan through this, never through the plan's tables.</summary>
public interface IPlanResources
{
    /// <summary>
    /// Adds an external resource ("what is out there") to the person's own plan: the title, and the note in brackets
    /// after it when given (together at most 500 characters; longer is cut). The same text twice is saved once.
    /// </summary>
    Task<ExternalResourceSave> AddExternalAsync(ClaimsPrincipal person, string title, string? note);
}
