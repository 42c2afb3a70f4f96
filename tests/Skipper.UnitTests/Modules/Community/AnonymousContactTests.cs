using Skipper.Web.Modules.Community.College.Enrolling;

namespace Skipper.UnitTests.Modules.Community;

public sealed class AnonymousContactTests
{
    [Fact]
    public void An_e_mail_or_a_phone_number_is_enough_and_both_are_normalised()
    {
        var (byMail, _) = AnonymousContact.Check(new EnrolRequest(" Kari ", " Kari@Example.ORG ", null));
        var (byPhone, _) = AnonymousContact.Check(new EnrolRequest("Kari", null, "+47 912 34 567"));

        byMail!.Email.ShouldBe("kari@example.org");
        byMail.Key.ShouldBe("kari@example.org");
        byPhone!.Phone.ShouldBe("+4791234567");
        byPhone.Key.ShouldBe("tel:+4791234567");
    }

    [Theory]
    [InlineData("", "kari@example.org", null, "name")]
    [InlineData("Kari", "", "", "email")]
    [InlineData("Kari", "kari-at-example", null, "email")]
    [InlineData("Kari", null, "123", "phone")]
    [InlineData("Kari", null, "ring meg", "phone")]
    public void Missing_or_odd_contact_details_are_refused_with_the_field_to_fix(string name, string? email, string? phone, string field)
    {
        var (contact, refusal) = AnonymousContact.Check(new EnrolRequest(name, email, phone));

        contact.ShouldBeNull();
        refusal!.ErrorFor(field).ShouldNotBeNull();
    }

    [Fact]
    public void A_cancel_code_matches_only_its_own_hash()
    {
        var code = AnonymousContact.NewCode();
        var hash = AnonymousContact.HashOf(code);

        AnonymousContact.Matches(code, hash).ShouldBeTrue();
        AnonymousContact.Matches(AnonymousContact.NewCode(), hash).ShouldBeFalse();
        AnonymousContact.Matches(null, hash).ShouldBeFalse();
        AnonymousContact.Matches(code, null).ShouldBeFalse();
    }
}
