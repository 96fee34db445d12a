using System.Net;
using Snapshooter.Xunit;
using static ConseilsCitoyens.Api.Tests.Meetings.MeetingScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Meetings;

public class RecordingAttendance(ApiFixture fixture) : MeetingTest(fixture)
{
    private static readonly object FullRegister =
        Register((MemberId, "present"), (OtherMemberId, "excused"), (ThirdMemberId, "absent"));

    [Fact]
    public async Task The_register_is_recorded_and_the_meeting_counts_it()
    {
        await GivenAHeldMeeting();

        var recorded = await Post(MeetingUrl(then: "attendance"), FullRegister, "\"2\"");

        Assert.Equal(HttpStatusCode.OK, recorded.Status);
        Assert.Equal("\"3\"", recorded.ETag);
        var attendance = (await Get(MeetingUrl())).Json.GetProperty("attendance");
        Assert.Equal(1, attendance.GetProperty("present").GetInt32());
        Assert.Equal(1, attendance.GetProperty("excused").GetInt32());
        Assert.Equal(1, attendance.GetProperty("absent").GetInt32());
        Assert.Equal(3, attendance.GetProperty("registerSize").GetInt32());
        Assert.Equal(0.3333m, attendance.GetProperty("rate").GetDecimal());
    }

    [Fact]
    public async Task A_register_naming_only_those_who_came_counts_the_other_sitting_members_as_absent()
    {
        await GivenAHeldMeeting();

        await Post(MeetingUrl(then: "attendance"), Register((MemberId, "present"), (OtherMemberId, "present")));

        var attendance = (await Get(MeetingUrl())).Json.GetProperty("attendance");
        Assert.Equal((2, 1, 3, 0.6667m), (attendance.GetProperty("present").GetInt32(), attendance.GetProperty("absent").GetInt32(),
            attendance.GetProperty("registerSize").GetInt32(), attendance.GetProperty("rate").GetDecimal()));
        var rate = (await Get($"/councils/{CouncilId}/report?year=2018")).Json.GetProperty("indicators").EnumerateArray()
            .Single(i => i.GetProperty("id").GetString() == "attendance-rate");
        Assert.Equal(0.6667m, rate.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task A_held_meeting_with_its_register_reads_as_its_snapshot()
    {
        await GivenAPlannedMeeting();
        await Post(MeetingUrl(then: "agenda-items"), new { title = "Jardin partagé", proposedBy = Member(OtherMemberId) });
        await Post(MeetingUrl(then: "holding"), Hold());
        await Post(MeetingUrl(then: "attendance"), FullRegister);

        Snapshot.Match(Newtonsoft.Json.Linq.JToken.Parse((await Get(MeetingUrl())).Body));
    }

    [Fact]
    public async Task Recording_the_same_register_again_appends_nothing()
    {
        await GivenAHeldMeeting();
        await Post(MeetingUrl(then: "attendance"), FullRegister);

        var again = await Post(MeetingUrl(then: "attendance"),
            Register((ThirdMemberId, "absent"), (MemberId, "present"), (OtherMemberId, "excused")));

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("\"3\"", again.ETag);
    }

    [Fact]
    public async Task A_corrected_register_replaces_the_previous_one()
    {
        await GivenAHeldMeeting();
        await Post(MeetingUrl(then: "attendance"), FullRegister);

        var corrected = await Post(MeetingUrl(then: "attendance"), Register((MemberId, "present"), (OtherMemberId, "present")), "\"3\"");

        // The correction no longer names the third member, who sat that day: absent.
        Assert.Equal("\"4\"", corrected.ETag);
        var attendance = corrected.Json.GetProperty("attendance");
        Assert.Equal((2, 0, 1), (attendance.GetProperty("present").GetInt32(), attendance.GetProperty("excused").GetInt32(), attendance.GetProperty("absent").GetInt32()));
        Assert.Equal(0.6667m, attendance.GetProperty("rate").GetDecimal());
    }

    [Fact]
    public async Task Attendance_before_the_meeting_was_held_breaks_a_rule_and_appends_nothing()
    {
        await GivenAPlannedMeeting();

        var answer = await Post(MeetingUrl(then: "attendance"), FullRegister);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("meeting.not-held", answer.ProblemCode);
        Assert.Equal("\"1\"", (await Get(MeetingUrl())).ETag);
    }

    [Fact]
    public async Task Someone_who_was_not_a_member_on_the_day_is_refused()
    {
        await GivenAHeldMeeting();

        var answer = await Post(MeetingUrl(then: "attendance"), Register((MemberId, "present"), (Guid.NewGuid(), "present")));

        Assert.Equal("attendance.not-a-member", answer.ProblemCode);
        Assert.Equal(0, (await Get(MeetingUrl())).Json.GetProperty("attendance").GetProperty("registerSize").GetInt32());
    }

    [Fact]
    public async Task A_member_listed_twice_is_refused()
    {
        await GivenAHeldMeeting();

        var answer = await Post(MeetingUrl(then: "attendance"), Register((MemberId, "present"), (MemberId, "absent")));

        Assert.Equal("attendance.duplicate-member", answer.ProblemCode);
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_with_412()
    {
        await GivenAHeldMeeting();

        var stale = await Post(MeetingUrl(then: "attendance"), FullRegister, "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("\"2\"", (await Get(MeetingUrl())).ETag);
    }

    [Fact]
    public async Task The_register_of_an_unknown_meeting_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Post(MeetingUrl(Guid.NewGuid(), "attendance"), FullRegister)).Status);

    [Theory]
    [InlineData("""{"register":[]}""")]
    [InlineData("""{"register":[{"memberId":"0190c1a0-0000-7000-8000-0000000000a1","presence":"late"}]}""")]
    [InlineData("""{"register":[{"memberId":"0190c1a0-0000-7000-8000-0000000000a1"}]}""")]
    [InlineData("""{"register":[{"memberId":"00000000-0000-0000-0000-000000000000","presence":"present"}]}""")]
    public async Task A_malformed_register_is_a_400_and_appends_nothing(string json)
    {
        await GivenAHeldMeeting();

        var answer = await Post(MeetingUrl(then: "attendance"), json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("\"2\"", (await Get(MeetingUrl())).ETag);
    }
}
