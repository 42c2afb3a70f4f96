using Skipper.Web.Modules.Plans.MyPlan;
using Skipper.Web.Modules.Plans.ViewPlan;

namespace Skipper.Web.Modules.Plans.Shared;

/// <summary>The add-a-step form under one goal; the same form on the person's page and on the staff page.</summary>
public sealed record AddStepModel(GoalView Goal, PlanForm Form, string Handler)
{
    private bool Failed => Form.GoalId == Goal.Id && Form.Failed == "step";

    public string? Text => Failed ? Form.NewStep?.Text : null;
    public string? DueDate => Failed ? Form.NewStep?.DueDate : null;
    public Platform.Onboarding.FieldError? ErrorFor(string field) => Failed ? Form.Refusal?.ErrorFor(field) : null;
}
