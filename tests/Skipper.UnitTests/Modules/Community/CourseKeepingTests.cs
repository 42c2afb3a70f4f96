using Skipper.Web.Modules.Community.College.Rules;

namespace Skipper.UnitTests.Modules.Community;

public sealed class CourseKeepingTests
{
    private static readonly Guid Provider = Guid.NewGuid();
    private static readonly Guid OtherProvider = Guid.NewGuid();

    [Fact]
    public void Employees_keep_the_municipalitys_own_courses_but_not_an_organisations()
    {
        CourseKeeping.MayKeep(isEmployee: true, isProvider: false, Guid.NewGuid(), courseProviderId: null).ShouldBeTrue();
        CourseKeeping.MayKeep(isEmployee: true, isProvider: false, Guid.NewGuid(), Provider).ShouldBeFalse();
    }

    [Fact]
    public void An_offer_provider_keeps_only_the_courses_it_made()
    {
        CourseKeeping.MayKeep(isEmployee: false, isProvider: true, Provider, Provider).ShouldBeTrue();
        CourseKeeping.MayKeep(isEmployee: false, isProvider: true, Provider, OtherProvider).ShouldBeFalse();
        CourseKeeping.MayKeep(isEmployee: false, isProvider: true, Provider, courseProviderId: null).ShouldBeFalse();
    }

    [Fact]
    public void Others_keep_no_course()
    {
        CourseKeeping.MayKeep(isEmployee: false, isProvider: false, Guid.NewGuid(), null).ShouldBeFalse();
        CourseKeeping.MayKeep(isEmployee: false, isProvider: false, null, null).ShouldBeFalse();
    }
}
