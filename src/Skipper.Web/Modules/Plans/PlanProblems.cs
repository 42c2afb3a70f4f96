using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Skipper.Web.Modules.Plans.Access;
using Skipper.Web.Platform.Access;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Plans;

/// <summary>How a closed plan answers: 403 for a part not shared with a relative, else 404.</summary>
internal static class PlanProblems
{
    /// <summary>404 when there is no plan for the user to see, 403 when a relative asks for a part not shared.</summary>
    public static ProblemHttpResult Closed(this PlanOpening plan, IStringLocalizer texts) =>
        plan.Gate.Status == GateStatus.Forbidden
            ? TypedResults.Problem(title: texts["Plan.NotShared"], statusCode: StatusCodes.Status403Forbidden)
            : TypedResults.Problem(title: texts["Problem.404"], statusCode: StatusCodes.Status404NotFound);

    /// <summary>The same answer for a page: 403 when a relative asks for a part not shared, else 404.</summary>
    public static IActionResult ClosedPage(this PlanOpening plan) =>
        plan.Gate.Status == GateStatus.Forbidden ? new StatusCodeResult(StatusCodes.Status403Forbidden) : new NotFoundResult();
}
