package cn.kunming.kjj.carrier.dossier;

/** A person of the operating team or the advisor team (C2.3b/c, C3.4a/b); brokers are 技术经纪（经理）人. */
public record TeamMember(String name, String role, String qualification, boolean techBroker) {
}
