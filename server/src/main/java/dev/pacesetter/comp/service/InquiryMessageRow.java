package dev.pacesetter.comp.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One message in an inquiry's thread. */
@Entity
@Table(name = "comp_inquiry_message")
public class InquiryMessageRow {

    @Id
    @SequenceGenerator(name = "comp_inquiry_message_seq", sequenceName = "comp_inquiry_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comp_inquiry_message_seq")
    Long id;

    @Column(name = "inquiry_id", nullable = false)
    long inquiryId;

    @Column(name = "author_id", nullable = false)
    long authorId;

    @Column(nullable = false)
    String body;

    @Column(nullable = false)
    OffsetDateTime at;
}
